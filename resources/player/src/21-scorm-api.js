/* Kiem player, the SCORM adapters (SCORM packages only): the tracking interface over the LMS's
   API object, SCORM 1.2 (API) and SCORM 2004 (API_1484_11). Only raw calls here. */
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

  /* Each returns null when no LMS API is found: the player then tracks locally. */
  K.adapters.scorm12 = () => {
    var api = K.findApi('API');
    return api && lmsAdapter(api, { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue',
      commit: 'LMSCommit', finish: 'LMSFinish', error: 'LMSGetLastError' });
  };
  K.adapters.scorm2004 = () => {
    var api = K.findApi('API_1484_11');
    return api && lmsAdapter(api, { init: 'Initialize', get: 'GetValue', set: 'SetValue',
      commit: 'Commit', finish: 'Terminate', error: 'GetLastError' });
  };
})(window.Kiem = window.Kiem || {});
