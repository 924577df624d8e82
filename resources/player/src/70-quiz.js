/* Kiem player, the quiz: random draws and shuffles seeded per attempt (so a resume shows the
   same), answers kept in the state, Check (immediate feedback) or Submit (feedback at the end,
   or never), the score against the pass mark, attempts, Try again and remediation. */
(function (K) {
  'use strict';

  var $ = K.$, $$ = K.$$;

  var Z = K.quiz = {};
  var Q = K.questions;
  var slots = [], shownAt = {}, submitBox = null, results = null, quizPages = [];

  function settings() { return K.data.assessment; }
  function seeded(salt) { return K.rng(K.hash(K.state.seed + ':' + salt)); }

  Z.isScored = key => { var el = Q.el(key); return !!el && el.dataset.scored !== undefined; };

  /* Questions of the current attempt, in page order. */
  Z.keys = () => $$('.k-main .k-q').map(el => el.dataset.key);
  function scoredKeys() { return Z.keys().filter(Z.isScored); }

  function canRetry() {
    var max = settings().attempts;
    return max === 0 || K.state.attempt < max;
  }

  /* Draw each question_draw block's questions from its bank; no question twice. */
  function draw() {
    var taken = {};
    $$('.k-block--question > .k-q').forEach(el => { taken[el.dataset.key] = true; });
    $$('.k-draw').forEach(slot => {
      var id = slot.dataset.draw, d = K.data.draws[id];
      $$('.k-q', slot).forEach(el => { slot.removeChild(el); });
      var tpl = $('template[data-kiem-bank="' + d.bank + '"]');
      if (!tpl) return;
      var pool = (K.data.banks[d.bank] || []).filter(bq => !taken[bq.key] && (!d.tags.length || bq.tags.some(t => d.tags.indexOf(t) >= 0)));
      K.shuffle(pool, seeded('d:' + id)).slice(0, d.count).forEach(bq => {
        taken[bq.key] = true;
        var clone = tpl.content.getElementById('kiem-' + bq.key).cloneNode(true);
        if (!d.scored) clone.removeAttribute('data-scored');
        slot.appendChild(clone);
      });
    });
  }

  /* Question blocks swap places among themselves; other blocks stay where the author put them. */
  function order() {
    slots.forEach((page, p) => {
      var blocks = settings().shuffle_questions ? K.shuffle(page.blocks, seeded('p:' + p)) : page.blocks;
      blocks.forEach((block, i) => { page.marks[i].parentNode.insertBefore(block, page.marks[i]); });
    });
  }

  function prepare(key) {
    var q = K.data.questions[key], el = Q.el(key);
    if (q.kind === 'single_choice' || q.kind === 'multiple_response') {
      var box = $('.k-options', el);
      var ids = q.choices.map(c => c.id);
      if (settings().shuffle_options) ids = K.shuffle(ids, seeded(key));
      ids.forEach(id => { box.appendChild($('[data-option="' + id + '"]', box)); });
    }
    if (q.kind === 'ordering') {
      var start = K.shuffle(q.items.map(i => i.id), seeded('o:' + key));
      // Never start in the right order: that would be a free point.
      if (start.length > 1 && start.every((id, i) => id === q.items[i].id)) start.push(start.shift());
      Q.write(key, start);
      delete $('.k-order', el).dataset.moved;
    }
    Q.lock(key, false);
    var ans = K.state.answers[key];
    if (ans && ans.r !== null) Q.write(key, ans.r);
    if (ans && ans.c) show(key, ans.r, ans.r === null ? { ratio: ans.s, correct: ans.s >= 1, notes: [] } : Q.grade(key, ans.r));
    actions(key);
  }

  function feedbackMode(key) { return Z.isScored(key) ? settings().feedback : 'immediate'; }

  function show(key, r, g) {
    Q.lock(key, true);
    if (feedbackMode(key) === 'never') return;
    var reveal = settings().show_correct_answers;
    Q.mark(key, r, reveal);
    Q.feedback(key, g, reveal);
  }

  function actions(key) {
    var el = Q.el(key), box = $('.k-q__actions', el);
    var checked = !!(K.state.answers[key] && K.state.answers[key].c);
    box.hidden = feedbackMode(key) !== 'immediate';
    $('[data-act="check"]', el).hidden = checked;
    var retry = $('[data-act="retry"]', el);
    if (!Z.isScored(key) && checked && !retry) {
      box.appendChild(K.el('button', { type: 'button', class: 'k-btn k-btn--secondary', 'data-act': 'retry' }, [K.t('try_question_again')]));
    } else if (retry && !checked) {
      box.removeChild(retry);
    }
  }

  /* Grade, lock, show (as configured) and report one question. */
  function grade(key, r) {
    var q = K.data.questions[key], g = Q.grade(key, r);
    K.state.answers[key] = { r: Q.answered(key, r) ? r : null, c: true, s: g.ratio };
    show(key, r, g);
    actions(key);
    K.Tracker.interaction({ key: key, q: q, response: K.state.answers[key].r, correct: g.correct,
      weight: Z.isScored(key) ? q.points : 0, latency: Date.now() - (shownAt[key] || Date.now()),
      when: new Date() });
    K.state.count = K.Tracker.count();
    K.emit('answer');
    return g;
  }

  Z.check = key => {
    // Checking an ordering as it stands is an answer: the learner chose to leave it so.
    var list = $('.k-order', Q.el(key));
    if (list) list.dataset.moved = '1';
    var r = Q.read(key);
    if (!Q.answered(key, r)) {
      Q.say(key, K.t(r === null ? 'answer_first' : 'not_a_number', { example: K.num(12.5) }));
      return;
    }
    grade(key, r);
    if (Z.isScored(key) && !K.state.submitted && scoredKeys().every(k => K.state.answers[k] && K.state.answers[k].c)) Z.submit(true, true);
  };

  /* Practice questions can be tried again one by one. */
  Z.retryOne = key => {
    delete K.state.answers[key];
    Q.reset(key);
    actions(key);
    var first = $('input, select, .k-order__move:not([disabled])', Q.el(key));
    if (first) first.focus();
  };

  Z.outcome = (key, outcome, choiceId) => {
    if (!Q.el(key)) return false;
    var ans = K.state.answers[key], r = ans ? ans.r : Q.read(key);
    if (!Q.answered(key, r)) return false;
    if (outcome === 'choice') return [].concat(r).map(String).indexOf(choiceId) >= 0;
    var correct = Q.grade(key, r).correct;
    return outcome === 'correct' ? correct : !correct;
  };

  Z.score = () => {
    var got = 0, max = 0;
    scoredKeys().forEach(key => {
      var points = K.data.questions[key].points, ans = K.state.answers[key];
      max += points;
      got += points * (ans && ans.c ? ans.s : 0);
    });
    return max ? Math.round((10000 * got) / max) / 100 : 0;
  };

  /* `quiet`: the result came by itself after the last Check; say it, leave the focus alone. */
  Z.submit = (force, quiet) => {
    var missing = scoredKeys().filter(key => {
      var ans = K.state.answers[key];
      return !(ans && ans.c) && !Q.answered(key, Q.read(key));
    });
    if (missing.length && !force) { warn(missing); return; }
    scoredKeys().forEach(key => {
      if (!(K.state.answers[key] && K.state.answers[key].c)) grade(key, Q.read(key));
    });
    var pct = Z.score();
    K.state.submitted = true;
    K.state.result = { score: pct, passed: pct >= K.passMark };
    K.Tracker.score(pct);
    Z.status();
    render();
    if (quiet) K.announce($$('p', results).slice(1, 3).map(p => p.textContent).join(' '));
    else {
      results.scrollIntoView({ block: 'start', behavior: K.reducedMotion() ? 'auto' : 'smooth' });
      $('h3', results).focus({ preventScroll: true });
    }
  };

  function warn(missing) {
    var note = $('.k-submit__note', submitBox);
    var pages = [];
    missing.forEach(key => {
      var p = parseInt(Q.el(key).closest('.k-page').dataset.page, 10);
      if (p !== K.state.page && pages.indexOf(p) < 0) pages.push(p);
    });
    note.innerHTML = '';
    note.appendChild(K.el('p', {}, [K.tn('unanswered', missing.length)]));
    if (pages.length) note.appendChild(pageLinks(pages));
    note.hidden = false;
    $('[data-act="submit"]', submitBox).textContent = K.t('submit_anyway');
    submitBox.setAttribute('data-confirm', '1');
    K.announce(K.tn('unanswered', missing.length));
  }

  function pageLinks(pages) {
    return K.el('ul', { class: 'k-links' }, pages.map(p => {
      return K.el('li', {}, [K.el('a', { href: '#kiem-p-' + p, 'data-force': true },
        [K.data.pages[p].title])]);
    }));
  }

  /* The result card: score, pass mark, verdict, attempts, Try again, pages to review. */
  function render() {
    var s = K.state, res = s.result;
    submitBox.hidden = s.submitted;
    results.hidden = !s.submitted;
    results.innerHTML = '';
    if (!s.submitted || !res) return;
    results.className = 'k-results ' + (res.passed ? 'is-passed' : 'is-failed');
    // Whole percents for people, rounded down so a score just under the mark never reads
    // as the mark itself; the LMS gets the exact figure.
    var shown = Math.floor(res.score);
    var kids = [
      K.el('h3', { class: 'k-results__title', tabindex: '-1' }, [K.t('result_title')]),
      K.el('p', { class: 'k-results__score', 'aria-hidden': 'true' }, [K.t('percent', { n: K.num(shown) })]),
      K.el('p', {}, [K.t('score_line', { score: K.num(shown), pass: K.num(K.passMark) })]),
      K.el('p', { class: 'k-results__verdict' }, [K.t(res.passed ? 'passed' : 'failed')])
    ];
    var max = settings().attempts;
    if (!res.passed && max) {
      var left = max - s.attempt;
      kids.push(K.el('p', {}, [left > 0 ? K.tn('attempts_left', left) : K.t('attempts_used')]));
    }
    var review = res.passed || !K.data.navigation.remediation ? [] : remediation();
    if (review.length) {
      kids.push(K.el('p', {}, [K.t('review_pages')]), pageLinks(review));
    }
    if (!res.passed && canRetry()) {
      kids.push(K.el('p', { class: 'k-results__actions' }, [K.el('button', { type: 'button',
        class: 'k-btn k-btn--primary', 'data-act': 'again' }, [K.t('try_again')])]));
    }
    kids.forEach(kid => { results.appendChild(kid); });
  }

  /* Pages whose topics match the tags of the questions the learner missed. */
  function remediation() {
    var tags = {};
    scoredKeys().forEach(key => {
      var ans = K.state.answers[key];
      if (!(ans && ans.s >= 1)) K.data.questions[key].tags.forEach(t => { tags[t] = true; });
    });
    var out = [];
    K.data.pages.forEach((page, i) => {
      if (page.topics.some(t => tags[t])) out.push(i);
    });
    return out;
  }

  Z.again = () => {
    var s = K.state;
    scoredKeys().forEach(key => { delete s.answers[key]; Q.reset(key); });
    s.attempt += 1;
    s.seed = K.newSeed();
    s.submitted = false;
    setup();
    var first = quizPages[0];
    if (first !== undefined && first !== s.page) K.nav.go(first, 'jump');
    else $('.k-page__title', $('#kiem-p-' + s.page)).focus();
    K.announce(K.t('attempt_n', { n: s.attempt }));
  };

  function setup() {
    draw();
    order();
    Z.keys().forEach(prepare);
    $$('.k-page').forEach(Q.renumber);
    quizPages = [];
    $$('.k-page').forEach((page, i) => {
      if ($('.k-q[data-scored]', page)) quizPages.push(i);
    });
    var last = quizPages[quizPages.length - 1];
    if (last === undefined) return;
    var page = $('#kiem-p-' + last);
    page.appendChild(submitBox);
    page.appendChild(results);
    $('.k-submit__note', submitBox).hidden = true;
    submitBox.removeAttribute('data-confirm');
    $('[data-act="submit"]', submitBox).textContent =
      K.t(settings().feedback === 'immediate' ? 'see_result' : 'submit');
    render();
    shownAt = {};
    $$('.k-q', $('#kiem-p-' + K.state.page)).forEach(el => {
      shownAt[el.dataset.key] = Date.now();
    });
  }

  /* Report completion and success as the module's rule says; on every page and every result. */
  Z.status = () => {
    var rule = K.data.completion, res = K.state.result, quiz = quizPages.length > 0;
    var viewed = K.nav.viewedAll(), passed = !!(res && res.passed);
    var completed = rule === 'viewed_all' || !quiz ? viewed : rule === 'passed' ? passed : viewed && passed;
    var failedForGood = !!res && !passed && !canRetry();
    K.Tracker.progress(K.state.visited.filter(Boolean).length / K.state.visited.length);
    K.Tracker.status({ rule: quiz ? rule : 'viewed_all', completed: completed,
      success: res ? (passed ? 'passed' : 'failed') : 'unknown',
      over: (completed && !(res && !passed && canRetry())) || failedForGood });
  };

  function onInput(e) {
    var el = e.target.closest && e.target.closest('.k-q');
    if (!el || el.classList.contains('is-locked') || !el.closest('.k-main')) return;
    var key = el.dataset.key;
    K.state.answers[key] = { r: Q.read(key), c: false, s: 0 };
    K.emit('answer');
  }

  Z.init = () => {
    $$('.k-page').forEach(page => {
      var blocks = $$('.k-block--question, .k-block--question_draw', page);
      slots.push({ blocks: blocks, marks: blocks.map(b => b.parentNode.insertBefore(document.createComment('q'), b)) });
    });
    submitBox = K.el('div', { class: 'k-submit' }, [
      K.el('div', { class: 'k-submit__note', role: 'status' }),
      K.el('button', { type: 'button', class: 'k-btn k-btn--primary', 'data-act': 'submit' })
    ]);
    results = K.el('div', { class: 'k-results', hidden: true });
    setup();
    document.addEventListener('change', onInput);
    document.addEventListener('input', onInput);
    document.addEventListener('click', e => {
      var b = e.target.closest && e.target.closest('button[data-act], button[data-move]');
      if (!b) return;
      var q = b.closest('.k-q'), key = q && q.dataset.key, act = b.dataset.act;
      if (b.dataset.move !== undefined) { Q.move(b); onInput({ target: b }); }
      else if (act === 'check') Z.check(key);
      else if (act === 'retry') Z.retryOne(key);
      else if (act === 'submit') Z.submit(submitBox.dataset.confirm !== undefined);
      else if (act === 'again') Z.again();
    });
    document.addEventListener('keydown', e => {
      // Enter in a text answer checks it, as people expect from a one-line form.
      if (e.key !== 'Enter' || !e.target.matches('.k-q input[type="text"]')) return;
      var button = $('[data-act="check"]', e.target.closest('.k-q'));
      if (button && !button.hidden && !button.closest('[hidden]')) { e.preventDefault(); button.click(); }
    });
    K.on('page', index => {
      $$('.k-q', $('#kiem-p-' + index)).forEach(el => {
        var key = el.dataset.key;
        if (!shownAt[key]) shownAt[key] = Date.now();
      });
      Z.status();
    });
  };
})(window.Kiem = window.Kiem || {});
