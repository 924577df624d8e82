/* Kiem player, tracking adapters: the one small interface (initialize, get, set, commit,
   terminate) with three implementations: SCORM 1.2 (API), SCORM 2004 (API_1484_11) and
   none (this browser's localStorage, so plain HTML can still resume). Only raw calls here. */
(function (K) {
  'use strict';

  /* Walk up the frames, then the opener's: LMSs put the API on some ancestor. Bounded, and a
     cross-origin frame throws when touched, which simply means "not here". */
  function search(win, name) {
    for (var depth = 0; win && depth < 500; depth++) {
      try { if (win[name]) return win[name]; } catch (e) { /* cross-origin: keep climbing */ }
      var up = null;
      try { up = win.parent; } catch (e) { return null; }
      if (!up || up === win) return null;
      win = up;
    }
    return null;
  }

  K.findApi = name => {
    var api = search(window, name);
    if (!api) {
      try { if (window.opener) api = search(window.opener, name); } catch (e) { api = null; }
    }
    return api || null;
  };

  function truthy(result) { return result === true || result === 'true'; }

  /* Both SCORM versions have the same shape with other function names. */
  function lmsAdapter(api, fn) {
    var live = false, over = false;
    function call(name, a, b) {
      try { return api[fn[name]](a, b); } catch (e) { return 'false'; }
    }
    return {
      initialize: () => {
        if (over || live) return live;
        live = truthy(call('init', ''));
        return live;
      },
      get: element => {
        if (!live) return '';
        var value = call('get', element);
        var code = String(call('error') || '0');
        // 401/403/404 on an optional or unset element means "nothing there", not failure.
        return code === '0' && value !== null && value !== undefined ? String(value) : '';
      },
      set: (element, value) => live && truthy(call('set', element, value)),
      commit: () => live && truthy(call('commit', '')),
      terminate: () => {
        if (!live) return false;
        live = false;
        over = true; // never call the API again, whatever happens next
        return truthy(call('finish', ''));
      }
    };
  }

  K.adapters = {
    scorm12: api => {
      return lmsAdapter(api, { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue',
        commit: 'LMSCommit', finish: 'LMSFinish', error: 'LMSGetLastError' });
    },
    scorm2004: api => {
      return lmsAdapter(api, { init: 'Initialize', get: 'GetValue', set: 'SetValue',
        commit: 'Commit', finish: 'Terminate', error: 'GetLastError' });
    },
    none: moduleId => {
      var key = 'kiem:' + moduleId, values = {}, live = false;
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
    }
  };
})(window.Kiem = window.Kiem || {});
