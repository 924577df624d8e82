/* Kiem player, words: every string the learner sees or hears comes from the module language's
   table in the data (English fills any gap), with {name} placeholders. */
(function (K) {
  'use strict';

  K.t = (key, vars) => {
    var table = (K.data && K.data.strings) || {};
    var text = table[key];
    if (text === undefined) text = key;
    return String(text).replace(/\{(\w+)\}/g, (all, name) => vars && vars[name] !== undefined ? String(vars[name]) : all);
  };

  /* Plurals: keys KEY_one and KEY_other (enough for en, nl, fr, de). French counts 0 as one. */
  K.tn = (key, n, vars) => {
    var one = n === 1 || (n === 0 && /^fr/.test(K.data.language || ''));
    var all = Object.assign({ n: n }, vars || {});
    return K.t(key + (one ? '_one' : '_other'), all);
  };

  /* Numbers as people write them in the module's language (comma in nl, fr, de). */
  K.num = value => {
    var rounded = Math.round(value * 100) / 100;
    try { return rounded.toLocaleString(K.data.language || 'en'); } catch (e) { return String(rounded); }
  };
})(window.Kiem = window.Kiem || {});
