/* Kiem player, navigation: one page at a time, Previous/Next (following branching rules and
   scenario choices), the page list (any page in free mode, visited ones in linear mode), the
   progress bar, focus on the new page's heading and a polite announcement. */
(function (K) {
  'use strict';

  var $ = K.$, $$ = K.$$;

  var N = K.nav = {};
  var pages = [], links = [], menu, toc, prev, next, fill, track, text, pos;

  function free() { return K.data.navigation.mode === 'free'; }

  /* Pages a branch may skip (targets of rules and scenario choices) are not required for
     "viewed all"; the last page always is. */
  function requiredPages() {
    var optional = {};
    K.data.navigation.rules.forEach(rule => { optional[rule.to] = true; });
    $$('.k-choice').forEach(b => { optional[b.dataset.target] = true; });
    optional[pages.length - 1] = false;
    return pages.map((p, i) => !optional[i]);
  }

  N.viewedAll = () => {
    var need = requiredPages();
    return K.state.visited.every((seen, i) => seen || !need[i]);
  };

  N.reachable = index => free() || K.state.visited[index] || index === K.state.page;

  /* Where Next leads: the first branching rule that matches, then a scenario choice made on
     this page, then simply the following page. */
  N.nextTarget = () => {
    var here = K.state.page;
    var rules = K.data.navigation.rules.filter(r => r.from === here);
    for (var i = 0; i < rules.length; i++) {
      if (K.quiz.outcome(rules[i].question, rules[i].outcome, rules[i].choice)) return rules[i].to;
    }
    var chosen = $$('.k-choice[aria-pressed="true"]', pages[here]);
    var target = chosen.length ? parseInt(chosen[0].dataset.target, 10) : -1;
    if (target >= 0) return target;
    return here + 1 < pages.length ? here + 1 : -1;
  };

  N.go = (index, how) => {
    if (index < 0 || index >= pages.length || index === K.state.page) return;
    var s = K.state;
    if (how === 'forward') s.history = s.history.concat([s.page]).slice(-50);
    else if (how === 'jump') s.history = [];
    N.show(index, true);
  };

  N.back = () => {
    var s = K.state;
    if (s.history.length) {
      var to = s.history[s.history.length - 1];
      s.history = s.history.slice(0, -1);
      N.show(to, true);
    } else if (s.page > 0) {
      N.show(s.page - 1, true);
    }
  };

  N.show = (index, moveFocus) => {
    var s = K.state;
    s.page = index;
    s.visited[index] = true;
    pages.forEach((p, i) => { p.hidden = i !== index; });
    N.update();
    K.emit('page', index);
    if (!moveFocus) return;
    closeMenu(false);
    var heading = $('.k-page__title', pages[index]);
    heading.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    K.announce(K.t('page_announce', { n: index + 1, total: pages.length,
      title: K.data.pages[index].title }));
  };

  /* Progress bar, buttons and the page list follow the state. */
  N.update = () => {
    var s = K.state, total = pages.length;
    var seen = s.visited.filter(Boolean).length;
    var pct = Math.round((100 * seen) / total);
    fill.style.width = pct + '%';
    track.setAttribute('aria-valuenow', pct);
    track.setAttribute('aria-valuetext', K.t('viewed_of', { n: seen, total: total }));
    text.textContent = pos.textContent = K.t('page_of', { n: s.page + 1, total: total });
    prev.disabled = s.page === 0 && !s.history.length;
    next.disabled = N.nextTarget() < 0;
    links.forEach((link, i) => {
      var item = link.parentNode;
      item.classList.toggle('is-visited', !!s.visited[i]);
      if (i === s.page) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
      var open = N.reachable(i);
      link.setAttribute('aria-disabled', open ? 'false' : 'true');
      link.classList.toggle('is-locked', !open);
    });
  };

  function closeMenu(focusButton) {
    if (!toc.classList.contains('is-open')) return;
    toc.classList.remove('is-open');
    menu.setAttribute('aria-expanded', 'false');
    if (focusButton) menu.focus();
  }

  N.init = () => {
    pages = $$('.k-page');
    links = $$('.k-toc__link');
    menu = $('.k-menu');
    toc = $('#kiem-toc');
    prev = $('[data-nav="prev"]');
    next = $('[data-nav="next"]');
    track = $('.k-progress__track');
    fill = $('.k-progress__fill');
    text = $('.k-progress__text');
    pos = $('.k-nav__pos');
    [menu, text, $('.k-progress'), $('.k-nav')].forEach(n => { n.hidden = false; });

    prev.addEventListener('click', N.back);
    next.addEventListener('click', () => { N.go(N.nextTarget(), 'forward'); });
    menu.addEventListener('click', () => {
      var open = !toc.classList.contains('is-open');
      toc.classList.toggle('is-open', open);
      menu.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open) {
        var current = $('[aria-current="page"]', toc) || links[0];
        current.focus();
      }
    });
    toc.addEventListener('keydown', e => {
      if (e.key === 'Escape') closeMenu(true);
    });
    document.addEventListener('click', e => {
      if (!toc.contains(e.target) && !menu.contains(e.target)) closeMenu(false);
    });
    links.forEach((link, i) => {
      link.addEventListener('click', e => {
        e.preventDefault();
        if (!N.reachable(i)) return;
        if (i === K.state.page) closeMenu(false);
        else N.go(i, 'jump');
      });
    });
    // Links inside the content to other pages (#kiem-p-3) move like the page list does.
    document.addEventListener('click', e => {
      var a = e.target.closest && e.target.closest('a[href^="#kiem-p-"]');
      if (!a || toc.contains(a)) return;
      e.preventDefault();
      var index = parseInt(a.getAttribute('href').slice(8), 10);
      if (a.dataset.force !== undefined || N.reachable(index)) N.go(index, 'jump');
    });
    K.on('answer', N.update);
  };
})(window.Kiem = window.Kiem || {});
