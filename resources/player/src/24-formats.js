/* Kiem player, value formats the LMS packages share (SCORM and xAPI): learner responses in
   the interaction patterns, ISO 8601 durations. (Correct-response patterns come worked out in
   the data: export/interactions.py.) */
(function (K) {
  'use strict';

  function pad(value, width) { return String(value).padStart(width, '0'); }

  function split(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000);
    var m = Math.floor((cs % 360000) / 6000);
    return { h: h, m: m, cs: cs % 6000 };
  }

  /* ISO 8601 duration with at most two decimals: PT1H2M3.45S. */
  function duration(ms) {
    var t = split(ms), out = 'PT';
    if (t.h) out += t.h + 'H';
    if (t.m) out += t.m + 'M';
    if (t.cs || out === 'PT') out += String(t.cs / 100) + 'S';
    return out;
  }

  function real(x) { return String(Math.round(x * 1e7) / 1e7); }

  /* The learner's response in the SCORM 2004 and xAPI patterns (25-scorm.js turns it into
     1.2's); null when there is nothing valid to send. */
  function response(rec) {
    var q = rec.q, r = rec.response;
    if (r === null || r === undefined || r === '') return null;
    switch (q.kind) {
      case 'single_choice':
      case 'multiple_response':
        return [].concat(r).join('[,]') || null;
      case 'true_false':
        return r ? 'true' : 'false';
      case 'fill_in':
        var text = String(r).replace(/\[[,.:]\]/g, ' ').slice(0, 250);
        return text.charAt(0) === '{' ? '{lang=' + K.data.language + '}' + text : text;
      case 'numeric':
        var n = K.parseNumber(r);
        return isNaN(n) ? null : real(n);
      case 'matching':
        return q.pairs.map((pair, i) => r[pair.id] ? (i + 1) + '[.]' + r[pair.id] : '')
          .filter(Boolean).join('[,]') || null;
      case 'ordering':
        return r.join('[,]');
    }
    return null;
  }

  K.formats = { response: response, duration: duration, split: split, pad: pad };
})(window.Kiem = window.Kiem || {});
