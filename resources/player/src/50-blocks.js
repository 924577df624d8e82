/* Kiem player, interactive blocks that are not questions: tabs (WAI-ARIA pattern with arrow
   keys, Home and End), flashcards that turn, reflections kept in this browser only, and
   scenario choices that show feedback and lead to another page. */
(function (K) {
  'use strict';

  var $ = K.$, $$ = K.$$;

  function tabs(root) {
    var list = $$('[role="tab"]', root);
    var panels = list.map(tab => document.getElementById(tab.getAttribute('aria-controls')));
    function select(index, focus) {
      list.forEach((tab, i) => {
        var on = i === index;
        tab.setAttribute('aria-selected', on ? 'true' : 'false');
        tab.tabIndex = on ? 0 : -1;
        panels[i].hidden = !on;
      });
      if (focus) list[index].focus();
    }
    list.forEach((tab, i) => {
      tab.addEventListener('click', () => { select(i, false); });
      tab.addEventListener('keydown', e => {
        var to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1,
          Home: 0, End: list.length - 1 }[e.key];
        if (to === undefined) return;
        e.preventDefault();
        select((to + list.length) % list.length, true);
      });
    });
    select(0, false);
  }

  function cards(root) {
    $$('.k-card', root).forEach(card => {
      var front = $('.k-card__front', card), back = $('.k-card__back', card);
      var button = $('.k-card__turn', card);
      button.hidden = false;
      back.hidden = true;
      button.addEventListener('click', () => {
        var turned = back.hidden;
        back.hidden = !turned;
        front.hidden = turned;
        card.classList.toggle('is-turned', turned);
        button.textContent = K.t(turned ? 'card_turn_back' : 'card_turn');
        button.setAttribute('aria-describedby', (turned ? back : front).id);
        // The new side is read out, so a screen reader user hears what the card says.
        K.announce(K.t(turned ? 'card_back' : 'card_front') + ': ' +
          ($('.k-prose', turned ? back : front).textContent || '').trim());
      });
    });
  }

  /* Reflections never go to the LMS: they stay in this browser, per module. */
  function reflection(root, block) {
    var area = $('textarea', root);
    var key = 'kiem:' + K.data.id + ':r:' + block;
    area.value = K.store.get(key) || '';
    var timer = 0;
    area.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => { K.store.set(key, area.value); }, 400);
    });
    area.addEventListener('blur', () => { K.store.set(key, area.value); });
  }

  function scenario(root, block) {
    var buttons = $$('.k-choice', root);
    var result = $('.k-scenario__result', root);
    function choose(button, announce) {
      var id = button.dataset.choice;
      var target = parseInt(button.dataset.target, 10);
      buttons.forEach(b => { b.setAttribute('aria-pressed', b === button ? 'true' : 'false'); });
      $$('.k-scenario__feedback', root).forEach(fb => {
        fb.hidden = fb.dataset.for !== id;
      });
      var go = $('.k-scenario__go', result);
      if (go) go.parentNode.removeChild(go);
      if (target >= 0 && target < K.data.pages.length) {
        result.appendChild(K.el('p', { class: 'k-scenario__go' }, [
          K.el('button', { type: 'button', class: 'k-btn k-btn--primary',
            onclick: () => { K.nav.go(target, 'forward'); } },
          [K.t('scenario_go', { title: K.data.pages[target].title })])
        ]));
      }
      K.state.scenarios[block] = id;
      if (announce) K.emit('answer');
    }
    buttons.forEach(button => {
      button.disabled = false;
      button.addEventListener('click', () => { choose(button, true); });
    });
    var kept = K.state.scenarios[block];
    buttons.forEach(b => { if (b.dataset.choice === kept) choose(b, false); });
  }

  K.blocks = {
    init: () => {
      $$('.k-block').forEach(root => {
        var block = root.dataset.block;
        if (root.classList.contains('k-block--tabs')) tabs(root);
        else if (root.classList.contains('k-block--flashcards')) cards(root);
        else if (root.classList.contains('k-block--reflection')) reflection(root, block);
        else if (root.classList.contains('k-block--scenario')) scenario(root, block);
      });
    }
  };
})(window.Kiem = window.Kiem || {});
