/* Kiem player, start: read the data, begin tracking, restore the learner's state (suspend data,
   else the location), wire everything and show the page. If anything fails, the page falls
   back to the no-JavaScript view, where every page is readable. */
(function (K) {
  'use strict';

  function pageOf(location) {
    var found = -1;
    K.data.pages.forEach((p, i) => { if (p.id === location) found = i; });
    return found;
  }

  function welcome() {
    var page = K.$('#kiem-p-' + K.state.page);
    var note = K.el('p', { class: 'k-banner', role: 'status' }, [K.t('welcome_back')]);
    page.insertBefore(note, K.$('.k-page__title', page).nextSibling);
    K.on('page', () => { if (note.parentNode) note.parentNode.removeChild(note); });
  }

  function start() {
    var node = document.getElementById('kiem-data');
    if (!node) return;
    var root = document.documentElement;
    function fail(err) {
      root.classList.remove('k-js');
      root.classList.add('k-nojs');
      K.$$('.k-page').forEach(p => { p.hidden = false; });
      if (window.console) window.console.warn('Kiem player could not start:', err);
    }
    try {
      K.data = JSON.parse(node.textContent);
      root.classList.remove('k-nojs');
      root.classList.add('k-js');
      K.Tracker.begin(K.data).then(read => {
        var pages = K.data.pages.length;
        // Resume from the data that is there, whatever cmi.entry claims.
        var state = K.decode(read.suspend, pages);
        var resumed = !!state;
        if (!state) {
          state = K.fresh(pages);
          var at = pageOf(read.location);
          if (at > 0) { state.page = at; resumed = true; }
        }
        K.state = state;
        K.Tracker.count(state.count);
        K.passMark = read.mastery !== null && read.mastery !== undefined ? read.mastery
          : K.data.assessment.pass_mark;
        K.nav.init();
        K.blocks.init();
        K.quiz.init();
        K.Tracker.collector(() => {
          return { suspend: K.encode(state, K.Tracker.limit, K.quiz.isScored),
            location: K.data.pages[state.page].id };
        });
        K.nav.show(state.page, false);
        if (resumed && (state.page > 0 || Object.keys(state.answers).length)) welcome();
      }).catch(fail);
    } catch (err) {
      fail(err);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(window.Kiem = window.Kiem || {});
