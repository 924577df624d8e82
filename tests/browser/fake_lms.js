/* A strict fake LMS for the browser tests: SCORM 1.2 (window.API) or SCORM 2004
   (window.API_1484_11) in the parent window of the package's frame. It records every call in
   order, keeps the data model, and lists every rule the content breaks in `violations`
   (calls before Initialize or after Finish/Terminate, values of the wrong format or length,
   elements of the other SCORM version, reads of write-only elements, ...). */
(function () {
  'use strict';

  var TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
  var DECIMAL = /^-?\d+(\.\d+)?$/;
  var DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
  var TIME = /^(19[7-9]\d|20[0-2]\d|203[0-8])-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2}((Z)|([+-]([01]\d|2[0-3])(:[0-5]\d)?))?)?$/;
  var ID12 = /^\S{1,255}$/;
  var URI = /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/;
  var SHORT = /^[\w.\-]{1,250}$/;
  var TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance',
    'sequencing', 'likert', 'numeric', 'other'];

  function list(text, sep, item) {
    return text.split(sep).every(function (part) { return item.test(part); });
  }

  /* Response format per interaction type: 1.2 (single characters) and 2004 ([,] lists). */
  var RESPONSE12 = {
    'true-false': /^(0|1|t|f)$/,
    'choice': /^[0-9a-z](,[0-9a-z])*$/,
    'sequencing': /^[0-9a-z](,[0-9a-z])*$/,
    'matching': /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
    'numeric': DECIMAL,
    'fill-in': /^[\s\S]{0,255}$/
  };
  function response2004(type, value, isPattern) {
    switch (type) {
      case 'true-false': return /^(true|false)$/.test(value);
      case 'choice':
      case 'sequencing': return list(value, '[,]', SHORT);
      case 'matching': return value.split('[,]').every(function (pair) {
        var two = pair.split('[.]');
        return two.length === 2 && SHORT.test(two[0]) && SHORT.test(two[1]);
      });
      case 'numeric': return isPattern ? /^(-?\d+(\.\d+)?)?\[:\](-?\d+(\.\d+)?)?$/.test(value) : DECIMAL.test(value);
      case 'fill-in': return value.split('[,]').every(function (p) {
        return p.replace(/^(\{[^}]*\})*/, '').length <= 250;
      });
      default: return true;
    }
  }

  /* options: failCommits (how many commits fail first), unsupported (a regex source: those
     elements answer 401 "not implemented", as some LMSs do for optional ones). */
  window.FakeLMS = function (version, seed, options) {
    var v12 = version === '1.2';
    var opts = options || {};
    var unsupported = opts.unsupported ? new RegExp(opts.unsupported) : null;
    var failCommits = opts.failCommits || 0;
    var self = this;
    var state = 'new';
    var error = '0';
    var store = {};
    var interactions = [];   // per index: {id, type}
    self.calls = [];
    self.violations = [];
    self.store = store;
    self.interactions = interactions;
    self.version = version;

    var defaults = v12 ? {
      'cmi.core.student_id': 'learner-1', 'cmi.core.student_name': 'Learner, Test',
      'cmi.core.lesson_status': 'not attempted', 'cmi.core.entry': 'ab-initio',
      'cmi.core.lesson_mode': 'normal', 'cmi.core.credit': 'credit', 'cmi.core.total_time': '0000:00:00'
    } : {
      'cmi.learner_id': 'learner-1', 'cmi.learner_name': 'Learner, Test',
      'cmi.completion_status': 'unknown', 'cmi.success_status': 'unknown', 'cmi.entry': 'ab-initio',
      'cmi.mode': 'normal', 'cmi.credit': 'credit'
    };
    Object.keys(defaults).forEach(function (k) { store[k] = defaults[k]; });
    Object.keys(seed || {}).forEach(function (k) {
      store[k] = String(seed[k]);
      // Interactions of earlier sessions stay in the LMS, as in a real one.
      var kept = /^cmi\.interactions\.(\d+)\.(id|type)$/.exec(k);
      if (kept) (interactions[kept[1]] = interactions[kept[1]] || {})[kept[2]] = String(seed[k]);
    });

    function bad(message) { self.violations.push(message); }

    function record(fn, args, result) {
      self.calls.push({ fn: fn, args: args, result: result, error: error, t: Date.now() });
      return result;
    }

    function guard(fn) {
      if (state === 'new') { bad(fn + ' before initialize'); error = v12 ? '301' : '122'; return false; }
      if (state === 'done') { bad(fn + ' after finish'); error = v12 ? '101' : '123'; return false; }
      return true;
    }

    var RO12 = /^cmi\.(core\.(student_id|student_name|credit|entry|total_time|lesson_mode|_children)|student_data\.mastery_score|launch_data|interactions\._count)$/;
    var RW12 = /^cmi\.(core\.(lesson_location|lesson_status|score\.(raw|min|max))|suspend_data|comments)$/;
    var WO12 = /^cmi\.core\.(exit|session_time)$/;
    var RO04 = /^cmi\.(entry|mode|credit|learner_id|learner_name|scaled_passing_score|completion_threshold|launch_data|total_time|interactions\._count)$/;
    var RW04 = /^cmi\.(location|completion_status|success_status|score\.(scaled|raw|min|max)|suspend_data|progress_measure)$/;
    var WO04 = /^cmi\.(exit|session_time)$/;

    function getValue(fn, el) {
      error = '0';
      if (!guard(fn)) return '';
      var inter = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(el);
      if (inter) {
        if (v12) { bad('read of write-only ' + el); error = '404'; return ''; }
        return store[el] !== undefined ? store[el] : (error = '403', '');
      }
      if (v12 && el.indexOf('cmi.core.') !== 0 && /^cmi\.(location|completion_status|success_status|score\.scaled|mode|entry|scaled_passing_score|exit|session_time)$/.test(el)) {
        bad('2004 element read from a 1.2 LMS: ' + el); error = '401'; return '';
      }
      if (!v12 && el.indexOf('cmi.core.') === 0) { bad('1.2 element read from a 2004 LMS: ' + el); error = '401'; return ''; }
      var ro = v12 ? RO12 : RO04, rw = v12 ? RW12 : RW04, wo = v12 ? WO12 : WO04;
      if (wo.test(el)) { bad('read of write-only ' + el); error = v12 ? '404' : '405'; return ''; }
      if (el === 'cmi.interactions._count') return String(interactions.length);
      if (!ro.test(el) && !rw.test(el)) { error = '401'; return ''; }
      if (store[el] === undefined) {
        // 1.2 answers "" for unset elements; 2004 says "not initialized" (403).
        if (!v12) error = '403';
        return '';
      }
      return store[el];
    }

    function checkInteraction(n, field, value) {
      var slot = interactions[n];
      if (n > interactions.length) return 'interaction index ' + n + ' skips ' + interactions.length;
      if (!slot) {
        if (field !== 'id') return 'interactions.' + n + '.' + field + ' set before its id';
        slot = interactions[n] = {};
      }
      var type = slot.type;
      switch (field) {
        case 'id':
          if (!(v12 ? ID12 : URI).test(value)) return 'bad interaction id ' + JSON.stringify(value);
          slot.id = value;
          return null;
        case 'type':
          if (TYPES.indexOf(value) < 0 || (v12 && /^(long-fill-in|other)$/.test(value))) return 'bad interaction type ' + value;
          slot.type = value;
          return null;
        case 'student_response':
        case 'learner_response':
          if ((field === 'student_response') !== v12) return 'wrong version: ' + field;
          if (!type) return field + ' before type';
          if (v12 ? !(RESPONSE12[type] || /./).test(value) : !response2004(type, value, false)) {
            return 'bad ' + type + ' response ' + JSON.stringify(value);
          }
          return null;
        case 'result':
          var ok = v12 ? /^(correct|wrong|unanticipated|neutral)$/ : /^(correct|incorrect|unanticipated|neutral)$/;
          return ok.test(value) || DECIMAL.test(value) ? null : 'bad result ' + value;
        case 'weighting':
          return DECIMAL.test(value) ? null : 'bad weighting ' + value;
        case 'latency':
          return (v12 ? TIMESPAN : DURATION).test(value) ? null : 'bad latency ' + value;
        case 'timestamp':
        case 'description':
          if (v12) return 'no ' + field + ' in 1.2';
          if (field === 'timestamp') return TIME.test(value) ? null : 'bad timestamp ' + value;
          return value.replace(/^\{lang=[^}]*\}/, '').length <= 250 ? null : 'description too long';
        case 'time':
          return v12 && /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/.test(value) ? null : 'bad time ' + value;
        default:
          var cr = /^correct_responses\.(\d+)\.pattern$/.exec(field);
          if (cr) {
            if (!type) return 'pattern before type';
            return v12 || response2004(type, value, true) ? null : 'bad ' + type + ' pattern ' + JSON.stringify(value);
          }
          return 'unknown interaction field ' + field;
      }
    }

    var VOCAB12 = {
      'cmi.core.lesson_status': /^(passed|completed|failed|incomplete|browsed)$/,
      'cmi.core.exit': /^(time-out|suspend|logout|)$/,
      'cmi.core.session_time': TIMESPAN,
      'cmi.core.score.raw': /^$|^\d+(\.\d+)?$/,
      'cmi.core.score.min': /^$|^\d+(\.\d+)?$/,
      'cmi.core.score.max': /^$|^\d+(\.\d+)?$/,
      'cmi.core.lesson_location': /^[\s\S]{0,255}$/,
      'cmi.suspend_data': /^[\s\S]{0,4096}$/
    };
    var VOCAB04 = {
      'cmi.completion_status': /^(completed|incomplete|unknown)$/,
      'cmi.success_status': /^(passed|failed|unknown)$/,
      'cmi.exit': /^(time-out|suspend|logout|normal|)$/,
      'cmi.session_time': DURATION,
      'cmi.score.scaled': /^-?\d+(\.\d+)?$/,
      'cmi.score.raw': DECIMAL, 'cmi.score.min': DECIMAL, 'cmi.score.max': DECIMAL,
      'cmi.progress_measure': /^(0(\.\d+)?|1(\.0+)?)$/,
      'cmi.location': /^[\s\S]{0,1000}$/,
      'cmi.suspend_data': /^[\s\S]{0,64000}$/
    };

    function setValue(fn, el, value) {
      error = '0';
      if (!guard(fn)) return 'false';
      if (unsupported && unsupported.test(el)) { error = '401'; return 'false'; }
      value = String(value);
      if (!v12 && el.indexOf('cmi.core.') === 0) { bad('1.2 element written to a 2004 LMS: ' + el); error = '401'; return 'false'; }
      if (v12 && /^cmi\.(score\.scaled|completion_status|success_status|location|exit|session_time|progress_measure)$/.test(el)) {
        bad('2004 element written to a 1.2 LMS: ' + el); error = '401'; return 'false';
      }
      var inter = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(el);
      if (inter) {
        var problem = checkInteraction(parseInt(inter[1], 10), inter[2], value);
        if (problem) { bad(problem); error = '405'; return 'false'; }
        store[el] = value;
        return 'true';
      }
      if ((v12 ? RO12 : RO04).test(el)) { bad('write to read-only ' + el); error = v12 ? '403' : '404'; return 'false'; }
      var rule = (v12 ? VOCAB12 : VOCAB04)[el];
      if (!rule) { bad('unknown element ' + el); error = '401'; return 'false'; }
      if (!rule.test(value)) { bad('bad value for ' + el + ': ' + JSON.stringify(value.slice(0, 80)) + ' (' + value.length + ' chars)'); error = v12 ? '405' : '406'; return 'false'; }
      if (el === 'cmi.score.scaled' && Math.abs(parseFloat(value)) > 1) { bad('scaled out of range ' + value); return 'false'; }
      if (/score\.(raw|min|max)$/.test(el) && v12 && parseFloat(value) > 100) { bad('1.2 score over 100 ' + value); return 'false'; }
      if (el === 'cmi.completion_status' && value === 'not attempted') bad('SCO wrote not attempted');
      store[el] = value;
      return 'true';
    }

    function lifecycle(fn, arg, from, to) {
      error = '0';
      if (arg !== '') bad(fn + ' called with ' + JSON.stringify(arg) + ' instead of ""');
      if (state !== from) {
        bad(fn + ' in state ' + state);
        error = v12 ? '101' : (state === 'done' ? '113' : '112');
        return 'false';
      }
      state = to;
      return 'true';
    }

    var api = v12 ? {
      LMSInitialize: function (a) { return record('LMSInitialize', [a], lifecycle('LMSInitialize', a, 'new', 'running')); },
      LMSFinish: function (a) { return record('LMSFinish', [a], lifecycle('LMSFinish', a, 'running', 'done')); },
      LMSGetValue: function (el) { return record('LMSGetValue', [el], getValue('LMSGetValue', el)); },
      LMSSetValue: function (el, v) { return record('LMSSetValue', [el, String(v)], setValue('LMSSetValue', el, v)); },
      LMSCommit: function (a) {
        error = '0';
        if (a !== '') bad('LMSCommit with an argument');
        if (!guard('LMSCommit')) return record('LMSCommit', [a], 'false');
        if (failCommits > 0) { failCommits -= 1; error = '391'; return record('LMSCommit', [a], 'false'); }
        return record('LMSCommit', [a], 'true');
      },
      LMSGetLastError: function () { return error; },
      LMSGetErrorString: function (c) { return 'error ' + c; },
      LMSGetDiagnostic: function (c) { return 'diagnostic ' + c; }
    } : {
      Initialize: function (a) { return record('Initialize', [a], lifecycle('Initialize', a, 'new', 'running')); },
      Terminate: function (a) { return record('Terminate', [a], lifecycle('Terminate', a, 'running', 'done')); },
      GetValue: function (el) { return record('GetValue', [el], getValue('GetValue', el)); },
      SetValue: function (el, v) { return record('SetValue', [el, String(v)], setValue('SetValue', el, v)); },
      Commit: function (a) {
        error = '0';
        if (a !== '') bad('Commit with an argument');
        if (!guard('Commit')) return record('Commit', [a], 'false');
        if (failCommits > 0) { failCommits -= 1; error = '391'; return record('Commit', [a], 'false'); }
        return record('Commit', [a], 'true');
      },
      GetLastError: function () { return error; },
      GetErrorString: function (c) { return 'error ' + c; },
      GetDiagnostic: function (c) { return 'diagnostic ' + c; }
    };
    self.api = api;
    self.state = function () { return state; };
  };

  /* Called by the tests: put the API on this window, then load the package in a frame. */
  window.startLMS = function (cfg) {
    var lms = new window.FakeLMS(cfg.version, cfg.seed, cfg.options);
    window.LMS = lms;
    if (cfg.version === '1.2') window.API = lms.api;
    else window.API_1484_11 = lms.api;
    var frame = document.createElement('iframe');
    frame.id = 'sco';
    frame.name = 'sco';
    frame.title = 'Course';
    frame.src = cfg.src;
    if (cfg.popup) window.open(cfg.src, 'sco');
    else document.body.appendChild(frame);
  };
})();
