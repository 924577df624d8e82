/* Kiem player, the SCORM dialects (SCORM packages only): what each version's data model calls
   things, its value formats, and how a status becomes elements. The Tracker stays generic. */
(function (K) {
  'use strict';

  var F = K.formats, response = F.response, pad = F.pad, split = F.split, duration = F.duration;
  var CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
  var LEFT = '123456789abcdefghijklmnopqrstuvwxyz';
  var TYPES = { single_choice: 'choice', multiple_response: 'choice', true_false: 'true-false',
    fill_in: 'fill-in', matching: 'matching', ordering: 'sequencing', numeric: 'numeric' };

  /* 2004 timestamps need fractional seconds (two digits) before the zone. */
  function timestamp(date) { return date.toISOString().slice(0, 22) + 'Z'; }

  function description(text) {
    var clean = String(text || '').replace(/\s+/g, ' ').trim().slice(0, 240);
    return clean.charAt(0) === '{' ? '{lang=' + K.data.language + '}' + clean : clean;
  }

  /* SCORM 1.2 CMITimespan, HHHH:MM:SS.SS, hours capped at 9999. */
  function timespan(ms) {
    var t = split(ms);
    var sec = Math.floor(t.cs / 100) + '.' + pad(t.cs % 100, 2);
    return pad(Math.min(t.h, 9999), 4) + ':' + pad(t.m, 2) + ':' + pad(sec, 5);
  }

  function indexOf(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return i;
    return -1;
  }

  /* 1.2 responses: choices and items as single characters (0-9a-z), matching as
     digit.character, true-false as t/f, no language prefix. */
  function response12(rec) {
    var q = rec.q, out = response(rec), list = q.choices || q.items;
    if (out === null) return null;
    if (q.kind === 'true_false') return out.charAt(0);
    if (q.kind === 'fill_in' || q.kind === 'numeric') return out.replace(/^\{lang=[^}]*\}/, '');
    var all = q.pairs && q.pairs.concat(q.distractors || []);
    return out.split('[,]').map(part => {
      var pair = part.split('[.]');
      return pair.length > 1 ? LEFT[pair[0] - 1] + '.' + CHARS[indexOf(all, pair[1])] : CHARS[indexOf(list, part)];
    }).join(',');
  }

  var SETTLED12 = { passed: 1, completed: 1, failed: 1 };

  Object.assign(K.dialects, {
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
        var answer = response12(rec);
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
        var answer = response(rec);
        if (answer !== null) out.push([p + 'learner_response', answer]);
        if (rec.q.pattern) out.push([p + 'correct_responses.0.pattern', rec.q.pattern]);
        out.push([p + 'result', rec.correct ? 'correct' : 'incorrect'],
          [p + 'weighting', rec.weight], [p + 'latency', duration(rec.latency)],
          [p + 'timestamp', timestamp(rec.when)]);
        return out;
      },
      end: (ms, done) => [['cmi.session_time', duration(ms)], ['cmi.exit', done ? 'normal' : 'suspend']]
    }
  });
})(window.Kiem = window.Kiem || {});
