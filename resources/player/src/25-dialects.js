/* Kiem player, what each tracking adapter's data model calls things: element names, value
   formats (times, responses), and how a status becomes elements. The Tracker stays generic. */
(function (K) {
  'use strict';

  var CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
  var LEFT = '123456789abcdefghijklmnopqrstuvwxyz';
  var TYPES = { single_choice: 'choice', multiple_response: 'choice', true_false: 'true-false',
    fill_in: 'fill-in', matching: 'matching', ordering: 'sequencing', numeric: 'numeric' };

  function pad(value, width) { return String(value).padStart(width, '0'); }

  function split(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000);
    var m = Math.floor((cs % 360000) / 6000);
    return { h: h, m: m, cs: cs % 6000 };
  }

  /* SCORM 1.2 CMITimespan, HHHH:MM:SS.SS, hours capped at 9999. */
  function timespan(ms) {
    var t = split(ms);
    var sec = Math.floor(t.cs / 100) + '.' + pad(t.cs % 100, 2);
    return pad(Math.min(t.h, 9999), 4) + ':' + pad(t.m, 2) + ':' + pad(sec, 5);
  }

  /* ISO 8601 duration with at most two decimals: PT1H2M3.45S. */
  function duration(ms) {
    var t = split(ms), out = 'PT';
    if (t.h) out += t.h + 'H';
    if (t.m) out += t.m + 'M';
    if (t.cs || out === 'PT') out += String(t.cs / 100) + 'S';
    return out;
  }

  /* 2004 timestamps need fractional seconds (two digits) before the zone. */
  function timestamp(date) { return date.toISOString().slice(0, 22) + 'Z'; }

  function indexOf(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return i;
    return -1;
  }

  function real(x) { return String(Math.round(x * 1e7) / 1e7); }

  function targets(q) { return q.pairs.concat(q.distractors || []); }

  /* Learner responses in each version's pattern; null when there is nothing valid to send. */
  function response(rec, v12) {
    var q = rec.q, r = rec.response, sep = v12 ? ',' : '[,]';
    if (r === null || r === undefined || r === '') return null;
    switch (q.kind) {
      case 'single_choice':
      case 'multiple_response':
        var ids = [].concat(r);
        if (!ids.length) return null;
        return ids.map(id => v12 ? CHARS[indexOf(q.choices, id)] : id).join(sep);
      case 'true_false':
        return v12 ? (r ? 't' : 'f') : (r ? 'true' : 'false');
      case 'fill_in':
        var text = String(r).replace(/\[[,.:]\]/g, ' ').slice(0, 250);
        return !v12 && text.charAt(0) === '{' ? '{lang=' + K.data.language + '}' + text : text;
      case 'numeric':
        var n = K.parseNumber(r);
        return isNaN(n) ? null : real(n);
      case 'matching':
        var all = targets(q), out = [];
        q.pairs.forEach((pair, i) => {
          var to = r[pair.id];
          if (!to) return;
          out.push(v12 ? LEFT[i] + '.' + CHARS[indexOf(all, to)] : (i + 1) + '[.]' + to);
        });
        return out.length ? out.join(sep) : null;
      case 'ordering':
        return r.map(id => v12 ? CHARS[indexOf(q.items, id)] : id).join(sep);
    }
    return null;
  }

  function pattern(q) {
    switch (q.kind) {
      case 'single_choice':
      case 'multiple_response':
        return q.choices.filter(c => c.correct)
          .map(c => c.id).join('[,]');
      case 'true_false': return q.answer ? 'true' : 'false';
      case 'fill_in':
        return q.answers.length ? (q.case_sensitive ? '{case_matters=true}' : '') +
          q.answers[0].text.replace(/\[[,.:]\]/g, ' ').slice(0, 250) : '';
      case 'numeric':
        var best = q.answers.filter(a => a.weight >= 100)[0];
        return best ? real(best.value - best.tolerance) + '[:]' + real(best.value + best.tolerance) : '';
      case 'matching':
        return q.pairs.map((p, i) => (i + 1) + '[.]' + p.id).join('[,]');
      case 'ordering':
        return q.items.map(item => item.id).join('[,]');
    }
    return '';
  }

  function description(text) {
    var clean = String(text || '').replace(/\s+/g, ' ').trim().slice(0, 240);
    return clean.charAt(0) === '{' ? '{lang=' + K.data.language + '}' + clean : clean;
  }

  var SETTLED12 = { passed: 1, completed: 1, failed: 1 };

  K.dialects = {
    scorm12: {
      limit: 4096,
      commitOnFinish: true, // 1.2: LMSCommit, then LMSFinish
      read: get => {
        var mastery = parseFloat(get('cmi.student_data.mastery_score'));
        return {
          entry: get('cmi.core.entry'), suspend: get('cmi.suspend_data'),
          location: get('cmi.core.lesson_location'), status: get('cmi.core.lesson_status'),
          review: /^(review|browse)$/.test(get('cmi.core.lesson_mode')),
          mastery: mastery >= 0 && mastery <= 100 ? mastery : null,
          count: parseInt(get('cmi.interactions._count'), 10)
        };
      },
      start: read => {
        // A SCO never writes "not attempted": it says "incomplete" on first entry.
        return SETTLED12[read.status] || read.status === 'incomplete' ? []
          : [['cmi.core.lesson_status', 'incomplete']];
      },
      suspend: 'cmi.suspend_data',
      location: 'cmi.core.lesson_location',
      status: (s, read) => {
        var value = s.completed ? (s.rule === 'viewed_all' ? 'completed' : 'passed')
          : s.success === 'failed' && s.rule !== 'viewed_all' ? 'failed' : 'incomplete';
        // Never step back from a settled status to "incomplete".
        if (value === 'incomplete' && SETTLED12[read.status]) return [];
        return [['cmi.core.lesson_status', value]];
      },
      score: pct => [['cmi.core.score.raw', pct], ['cmi.core.score.min', 0],
          ['cmi.core.score.max', 100]],
      progress: () => [],
      interaction: (n, rec) => {
        var p = 'cmi.interactions.' + n + '.';
        var out = [[p + 'id', rec.key.replace(/[^\w.\-]/g, '').slice(0, 255)],
          [p + 'type', TYPES[rec.q.kind]]];
        var answer = response(rec, true);
        if (answer !== null) out.push([p + 'student_response', answer.slice(0, 255)]);
        out.push([p + 'result', rec.correct ? 'correct' : 'wrong'],
          [p + 'weighting', rec.weight], [p + 'latency', timespan(rec.latency)]);
        return out;
      },
      end: (ms, done) => [['cmi.core.session_time', timespan(ms)], ['cmi.core.exit', done ? '' : 'suspend']]
    },

    scorm2004: {
      limit: 64000,
      commitOnFinish: false, // Terminate commits; a separate commit while unloading can fail
      read: get => {
        var scaled = parseFloat(get('cmi.scaled_passing_score'));
        return {
          entry: get('cmi.entry'), suspend: get('cmi.suspend_data'), location: get('cmi.location'),
          status: get('cmi.completion_status'), success: get('cmi.success_status'),
          review: /^(review|browse)$/.test(get('cmi.mode')),
          mastery: scaled >= -1 && scaled <= 1 ? Math.max(0, scaled * 100) : null,
          count: parseInt(get('cmi.interactions._count'), 10)
        };
      },
      start: read => read.status === 'completed' || read.status === 'incomplete' ? []
          : [['cmi.completion_status', 'incomplete']],
      suspend: 'cmi.suspend_data',
      location: 'cmi.location',
      status: (s, read) => {
        var out = [];
        if (s.completed) out.push(['cmi.completion_status', 'completed']);
        else if (read.status !== 'completed') out.push(['cmi.completion_status', 'incomplete']);
        if (s.success !== 'unknown') out.push(['cmi.success_status', s.success]);
        return out;
      },
      score: pct => [['cmi.score.scaled', Math.round(pct * 100) / 10000], ['cmi.score.raw', pct],
          ['cmi.score.min', 0], ['cmi.score.max', 100]],
      progress: fraction => [['cmi.progress_measure', Math.round(fraction * 1000) / 1000]],
      interaction: (n, rec) => {
        var p = 'cmi.interactions.' + n + '.';
        // The id must come first and the type before any response: LMSs check that order.
        var out = [[p + 'id', 'urn:kiem:' + K.data.id + ':' + rec.key],
          [p + 'type', TYPES[rec.q.kind]], [p + 'description', description(rec.q.text)]];
        var answer = response(rec, false);
        if (answer !== null) out.push([p + 'learner_response', answer]);
        var correct = pattern(rec.q);
        if (correct) out.push([p + 'correct_responses.0.pattern', correct]);
        out.push([p + 'result', rec.correct ? 'correct' : 'incorrect'],
          [p + 'weighting', rec.weight], [p + 'latency', duration(rec.latency)],
          [p + 'timestamp', timestamp(rec.when)]);
        return out;
      },
      end: (ms, done) => [['cmi.session_time', duration(ms)], ['cmi.exit', done ? 'normal' : 'suspend']]
    },

    /* Plain HTML: only what resuming needs, in localStorage. */
    none: {
      limit: 64000,
      commitOnFinish: false,
      read: get => ({ suspend: get('suspend'), location: get('location'), mastery: null, count: NaN }),
      start: () => [],
      suspend: 'suspend',
      location: 'location',
      status: () => [],
      score: () => [],
      progress: () => [],
      interaction: () => [],
      end: () => []
    }
  };

})(window.Kiem = window.Kiem || {});
