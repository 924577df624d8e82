/* Kiem player, the seven question kinds: read and restore an answer, grade it (GIFT rules:
   weights in percent, clamped), mark the options, write feedback into the live region, lock. */
(function (K) {
  'use strict';

  var $ = K.$, $$ = K.$$;

  var Q = K.questions = {};

  Q.el = key => document.getElementById('kiem-' + key);

  /* Comma or dot as decimal separator; with both, the last one is the decimal separator. */
  K.parseNumber = text => {
    var t = String(text === null || text === undefined ? '' : text).replace(/[\s\u00a0\u202f']/g, '');
    var comma = t.lastIndexOf(','), dot = t.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) t = comma > dot ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
    else t = t.replace(',', '.');
    return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? parseFloat(t) : NaN;
  };

  function norm(text, caseSensitive) {
    var t = String(text || '').trim().replace(/\s+/g, ' ');
    if (t.normalize) t = t.normalize('NFC');
    return caseSensitive ? t : t.toLocaleLowerCase();
  }

  function clamp(x) { return Math.max(0, Math.min(1, x)); }

  function find(list, id) { return list.filter(x => x.id === id)[0]; }

  function esc(text) {
    return String(text).replace(/[&<>"]/g, c => {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
    });
  }

  function inputs(el) { return $$('input, select, textarea', el); }

  function optionRight(q, value) {
    if (q.kind === 'true_false') return value === String(q.answer);
    var c = find(q.choices, value);
    return !!c && (c.correct || c.weight > 0);
  }

  var choice = {
    read: el => { var c = $('input:checked', el); return c ? c.value : null; },
    write: (el, r) => { inputs(el).forEach(i => { i.checked = i.value === r; }); },
    chosen: r => r === null ? [] : [r]
  };

  var kinds = {
    single_choice: {
      read: choice.read, write: choice.write, chosen: choice.chosen,
      grade: (q, r) => {
        var c = find(q.choices, r);
        // Partial credit (GIFT `~%50%…`) scores what the author set; the right option is whole.
        var ratio = !c ? 0 : c.correct ? 1 : clamp((c.weight || 0) / 100);
        return { ratio: ratio, notes: c && c.feedback_html ? [c.feedback_html] : [] };
      },
      answer: q => q.choices.filter(c => c.correct).map(c => c.html)
    },
    multiple_response: {
      read: el => {
        var ids = $$('input:checked', el).map(i => i.value);
        return ids.length ? ids.sort() : null;
      },
      write: (el, r) => {
        inputs(el).forEach(i => { i.checked = (r || []).indexOf(i.value) >= 0; });
      },
      chosen: r => r || [],
      grade: (q, r) => {
        var picked = q.choices.filter(c => (r || []).indexOf(c.id) >= 0);
        var weighted = q.choices.some(c => c.weight);
        var ratio = weighted
          ? clamp(picked.reduce((sum, c) => sum + c.weight, 0) / 100)
          : (picked.length && q.choices.every(c => c.correct === (picked.indexOf(c) >= 0)) ? 1 : 0);
        var notes = picked.filter(c => c.feedback_html).map(c => '<p class="k-feedback__option">' + c.html + '</p>' + c.feedback_html);
        return { ratio: ratio, notes: notes };
      },
      answer: q => q.choices.filter(c => c.correct || c.weight > 0).map(c => c.html)
    },
    true_false: {
      read: el => { var v = choice.read(el); return v === null ? null : v === 'true'; },
      write: (el, r) => { choice.write(el, r === null ? null : String(r)); },
      chosen: r => r === null ? [] : [String(r)],
      grade: (q, r) => {
        var note = r ? q.feedback_true_html : q.feedback_false_html;
        return { ratio: r === q.answer ? 1 : 0, notes: note ? [note] : [] };
      },
      answer: q => [esc(K.t(q.answer ? 'true' : 'false'))]
    },
    fill_in: {
      read: el => { var v = $('input', el).value; return v.trim() ? v : null; },
      write: (el, r) => { $('input', el).value = r === null ? '' : r; },
      grade: (q, r) => {
        var given = norm(r, q.case_sensitive);
        var hit = q.answers.filter(a => norm(a.text, q.case_sensitive) === given)[0];
        var weight = hit ? (hit.weight === undefined ? 100 : hit.weight) : 0;
        return { ratio: clamp(weight / 100), notes: hit && hit.feedback_html ? [hit.feedback_html] : [] };
      },
      answer: q => q.answers.length ? [esc(q.answers[0].text)] : []
    },
    numeric: {
      read: el => { var v = $('input', el).value; return v.trim() ? v.trim() : null; },
      write: (el, r) => { $('input', el).value = r === null ? '' : r; },
      invalid: r => isNaN(K.parseNumber(r)),
      grade: (q, r) => {
        var n = K.parseNumber(r);
        var hit = q.answers.filter(a => Math.abs(n - a.value) <= a.tolerance + 1e-9 * Math.max(1, Math.abs(a.value)))[0];
        return { ratio: hit ? clamp(hit.weight / 100) : 0,
          notes: hit && hit.feedback_html ? [hit.feedback_html] : [] };
      },
      answer: q => {
        var best = q.answers.filter(a => a.weight >= 100)[0];
        return best ? [esc(K.num(best.value) + (best.tolerance ? ' ± ' + K.num(best.tolerance) : ''))] : [];
      }
    },
    matching: {
      read: el => {
        var out = {}, any = false;
        $$('select', el).forEach(s => {
          if (s.value) { out[s.closest('[data-left]').dataset.left] = s.value; any = true; }
        });
        return any ? out : null;
      },
      write: (el, r) => {
        $$('select', el).forEach(s => {
          s.value = (r || {})[s.closest('[data-left]').dataset.left] || '';
        });
      },
      grade: (q, r) => {
        var right = q.pairs.filter(p => (r || {})[p.id] === p.id).length;
        return { ratio: q.pairs.length ? right / q.pairs.length : 0, notes: [] };
      },
      answer: q => ['<ul>' + q.pairs.map(p => '<li>' + p.left_html + ' → ' + p.right_html + '</li>').join('') + '</ul>']
    },
    ordering: {
      // Untouched, the shuffled start is no answer (and never the right order anyway).
      read: el => $('.k-order', el).dataset.moved ? $$('.k-order__item', el).map(li => li.dataset.item) : null,
      write: (el, r) => {
        var list = $('.k-order', el);
        if (r) list.dataset.moved = '1';
        (r || []).forEach(id => {
          var li = $('[data-item="' + id + '"]', list);
          if (li) list.appendChild(li);
        });
        Q.refreshMoves(el);
      },
      grade: (q, r) => {
        var right = q.items.every((item, i) => (r || [])[i] === item.id);
        return { ratio: right ? 1 : 0, notes: [] };
      },
      answer: q => ['<ol>' + q.items.map(i => '<li>' + i.html + '</li>').join('') + '</ol>']
    }
  };

  Q.kind = key => kinds[K.data.questions[key].kind];
  Q.read = key => Q.kind(key).read(Q.el(key));
  Q.write = (key, r) => { Q.kind(key).write(Q.el(key), r); };

  Q.answered = (key, r) => {
    if (r === null || r === undefined || r === '') return false;
    var invalid = Q.kind(key).invalid;
    return !(invalid && invalid(r));
  };

  /* {ratio 0..1, correct, notes: [html]} for a response (null counts as wrong). */
  Q.grade = (key, r) => {
    var q = K.data.questions[key];
    var g = Q.answered(key, r) ? kinds[q.kind].grade(q, r) : { ratio: 0, notes: [] };
    g.ratio = Math.round(g.ratio * 10000) / 10000;
    g.correct = g.ratio >= 1;
    return g;
  };

  Q.refreshMoves = el => {
    var items = $$('.k-order__item', el), locked = el.classList.contains('is-locked');
    items.forEach((li, i) => {
      $('[data-move="-1"]', li).disabled = locked || i === 0;
      $('[data-move="1"]', li).disabled = locked || i === items.length - 1;
    });
  };

  Q.move = button => {
    var li = button.closest('.k-order__item'), list = li.parentNode;
    var dir = parseInt(button.dataset.move, 10);
    var other = dir < 0 ? li.previousElementSibling : li.nextElementSibling;
    if (!other) return;
    list.insertBefore(dir < 0 ? li : other, dir < 0 ? other : li);
    list.dataset.moved = '1';
    var el = list.closest('.k-q');
    Q.refreshMoves(el);
    (button.disabled ? $('[data-move="' + -dir + '"]', li) : button).focus();
    var items = $$('.k-order__item', list);
    K.announce(K.t('moved', { n: items.indexOf(li) + 1, total: items.length }));
  };

  Q.lock = (key, on) => {
    var el = Q.el(key);
    el.classList.toggle('is-locked', on);
    inputs(el).forEach(i => { i.disabled = on; });
    $$('.k-order__move', el).forEach(b => { b.hidden = false; });
    Q.refreshMoves(el);
  };

  /* Clear marks and feedback: used by Try again. */
  Q.reset = key => {
    var el = Q.el(key);
    $$('.is-right, .is-wrong, .is-answer', el).forEach(n => {
      n.classList.remove('is-right', 'is-wrong', 'is-answer');
    });
    $$('.k-mark', el).forEach(n => { n.parentNode.removeChild(n); });
    $('.k-q__feedback', el).innerHTML = '';
    $$('.k-order', el).forEach(list => { delete list.dataset.moved; });
    Q.lock(key, false);
  };

  function tag(node, cls, word) {
    node.classList.add(cls);
    node.appendChild(K.el('span', { class: 'k-sr k-mark' }, [' (' + K.t(word) + ')']));
  }

  /* Show right and wrong on the inputs; `reveal` also marks the right answers not chosen. */
  Q.mark = (key, r, reveal) => {
    var q = K.data.questions[key], el = Q.el(key), kind = kinds[q.kind];
    if (kind.chosen) {
      var chosen = kind.chosen(r);
      $$('.k-option', el).forEach(opt => {
        var value = opt.dataset.option, label = $('label', opt);
        var right = optionRight(q, value);
        if (chosen.indexOf(value) >= 0) tag(label, right ? 'is-right' : 'is-wrong', right ? 'mark_right' : 'mark_wrong');
        else if (reveal && right) tag(label, 'is-answer', 'mark_answer');
      });
    } else if (q.kind === 'matching') {
      $$('[data-left]', el).forEach(row => {
        var id = row.dataset.left;
        if ((r || {})[id]) tag($('label', row), (r || {})[id] === id ? 'is-right' : 'is-wrong',
          (r || {})[id] === id ? 'mark_right' : 'mark_wrong');
      });
    } else if (q.kind === 'ordering') {
      $$('.k-order__item', el).forEach((li, i) => {
        var ok = q.items[i] && q.items[i].id === li.dataset.item;
        tag($('.k-order__text', li), ok ? 'is-right' : 'is-wrong', ok ? 'mark_right' : 'mark_wrong');
      });
    } else if (r !== null) {
      $('input', el).classList.add(Q.grade(key, r).correct ? 'is-right' : 'is-wrong');
    }
  };

  var ICONS = { correct: 'M5 12.5l4.5 4.5L19 7.5', partly: 'M6 12h12', incorrect: 'M7 7l10 10M17 7L7 17' };

  Q.feedback = (key, g, reveal) => {
    var q = K.data.questions[key];
    var tone = g.correct ? 'correct' : g.ratio > 0 ? 'partly' : 'incorrect';
    var general = g.correct ? q.feedback_correct_html : q.feedback_incorrect_html;
    var html = '<div class="k-feedback k-feedback--' + tone + '">' +
      '<p class="k-feedback__title"><svg class="k-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="' +
      ICONS[tone] + '"/></svg>' + esc(K.t(tone)) + '</p>' + g.notes.join('') + (general || '');
    var answer = reveal && !g.correct ? kinds[q.kind].answer(q) : [];
    if (answer.length) {
      html += '<div class="k-feedback__answer"><p class="k-feedback__label">' +
        esc(K.t(answer.length > 1 ? 'right_answers' : 'right_answer')) + '</p>' +
        (answer.length > 1 ? '<ul><li>' + answer.join('</li><li>') + '</li></ul>' : '<div>' + answer[0] + '</div>') + '</div>';
    }
    $('.k-q__feedback', Q.el(key)).innerHTML = html + '</div>';
  };

  /* A short message in the feedback area (no answer yet, not a number). */
  Q.say = (key, text) => {
    $('.k-q__feedback', Q.el(key)).innerHTML =
      '<p class="k-feedback k-feedback--note">' + esc(text) + '</p>';
  };

  /* Question headings: "Question 2 of 5", after draws and shuffles changed the page. */
  Q.renumber = page => {
    var scored = $$('.k-q[data-scored]', page);
    scored.forEach((el, i) => {
      $('.k-q__title', el).textContent = scored.length > 1
        ? K.t('question_n', { n: i + 1, total: scored.length }) : K.t('question');
    });
  };
})(window.Kiem = window.Kiem || {});
