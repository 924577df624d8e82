/* Kiem player, the learner's state and its suspend data: "k1|" + compact JSON (tracking keys,
   never text) in plain ASCII, so that character and byte counts agree in every LMS. When it
   would not fit the limit, it drops what resuming can live without, least needed first. */
(function (K) {
  'use strict';

  var PREFIX = 'k1|';

  K.fresh = pages => {
    var visited = [];
    for (var i = 0; i < pages; i++) visited.push(false);
    return { page: 0, visited: visited, history: [], attempt: 1, seed: K.newSeed(),
      answers: {}, scenarios: {}, submitted: false, result: null, count: 0 };
  };

  function ascii(text) {
    return text.replace(/[\u007f-\uffff]/g, c => '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4));
  }

  /* What each level keeps; level 0 keeps everything. */
  function pack(s, level, scored) {
    var out = { p: s.page, v: s.visited.map(v => v ? 1 : 0).join(''),
      a: s.attempt, s: s.seed };
    if (s.count) out.n = s.count;
    if (s.submitted) out.d = 1;
    if (s.result) out.r = [s.result.score, s.result.passed ? 1 : 0];
    if (level < 1 && s.history.length) out.h = s.history.slice(-20);
    if (level < 2 && Object.keys(s.scenarios).length) out.c = s.scenarios;
    if (level < 6) {
      var q = {};
      Object.keys(s.answers).forEach(key => {
        var ans = s.answers[key];
        if (level >= 3 && !scored(key)) return;
        var r = ans.r;
        if (level >= 4 && typeof r === 'string' && r.length > 24) r = r.slice(0, 24);
        if (level >= 5 && ans.c) r = null;
        if (r === null && !ans.c) return;
        q[key] = ans.c ? [r, 1, Math.round(ans.s * 100)] : [r];
      });
      out.q = q;
    }
    return out;
  }

  K.encode = (state, limit, scored) => {
    var text = '';
    for (var level = 0; level < 7; level++) {
      text = PREFIX + ascii(JSON.stringify(pack(state, level, scored)));
      if (text.length <= limit) return text;
    }
    // Even the bare minimum is too long (thousands of pages): keep where the learner is.
    return PREFIX + JSON.stringify({ p: state.page, a: state.attempt, s: state.seed });
  };

  /* Returns a state, or null when the text is not ours (another version, or damaged). */
  K.decode = (text, pages) => {
    if (!text || text.slice(0, PREFIX.length) !== PREFIX) return null;
    var raw;
    try { raw = JSON.parse(text.slice(PREFIX.length)); } catch (e) { return null; }
    if (!raw || typeof raw !== 'object') return null;
    var s = K.fresh(pages);
    var page = parseInt(raw.p, 10);
    s.page = page >= 0 && page < pages ? page : 0;
    String(raw.v || '').split('').forEach((bit, i) => { if (i < pages) s.visited[i] = bit === '1'; });
    s.history = (raw.h || []).filter(p => p >= 0 && p < pages);
    s.attempt = Math.max(1, parseInt(raw.a, 10) || 1);
    if (raw.s >= 0) s.seed = raw.s >>> 0;
    s.count = parseInt(raw.n, 10) || 0;
    s.submitted = raw.d === 1;
    if (raw.r) s.result = { score: Number(raw.r[0]) || 0, passed: raw.r[1] === 1 };
    s.scenarios = raw.c && typeof raw.c === 'object' ? raw.c : {};
    Object.keys(raw.q || {}).forEach(key => {
      var entry = raw.q[key];
      if (!Array.isArray(entry)) return;
      s.answers[key] = { r: entry[0] === undefined ? null : entry[0], c: entry[1] === 1,
        s: (Number(entry[2]) || 0) / 100 };
    });
    return s;
  };
})(window.Kiem = window.Kiem || {});
