/* Kiem player, local tracking: the adapter and dialect every package falls back on when no LMS
   answers (plain HTML, or a package opened by itself): this browser's localStorage, so that
   the learner can still resume. The LMS adapters (other files) have the same small interface:
   initialize (true, false or a promise of either), get, set, commit, terminate. */
(function (K) {
  'use strict';

  K.adapters = K.adapters || {};
  K.dialects = K.dialects || {};

  K.adapters.none = data => {
    var key = 'kiem:' + data.id, values = {}, live = false;
    return {
      initialize: () => {
        try { values = JSON.parse(K.store.get(key) || '{}') || {}; } catch (e) { values = {}; }
        live = true;
        return true;
      },
      get: element => live && values[element] !== undefined ? String(values[element]) : '',
      set: (element, value) => {
        if (live) values[element] = String(value);
        return live;
      },
      commit: () => live && K.store.set(key, JSON.stringify(values)),
      terminate: () => {
        var ok = live && K.store.set(key, JSON.stringify(values));
        live = false;
        return ok;
      }
    };
  };

  /* Only what resuming needs. */
  K.dialects.none = {
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
  };
})(window.Kiem = window.Kiem || {});
