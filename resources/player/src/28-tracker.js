/* Kiem player, the Tracker: what the rest of the player talks to (begin, save, status, score,
   interactions, progress, commit, finish). It batches writes, commits on status changes, when
   the page is hidden and on a gentle timer, and finishes exactly once, on pagehide. */
(function (K) {
  'use strict';

  var A = null, D = null, read = {}, started = 0, finished = false, dirty = false;
  var written = {}, timer = 0, retryTimer = 0, count = 0, trusted = false, collect = null, done = false;
  var COMMIT_EVERY = 150000, RETRY_AFTER = 8000;

  /* Write only what changed, and never commit per value: LMSs punish chatty SCOs. */
  function put(pairs) {
    pairs.forEach(pair => {
      var element = pair[0], value = String(pair[1]);
      if (finished || written[element] === value) return;
      if (A.set(element, value)) {
        written[element] = value;
        dirty = true;
      }
    });
  }

  var T = K.Tracker = {
    mode: 'none',

    /* Find the LMS, initialise, read what it kept; a promise of what was read, because xAPI
       LMSs answer over the network. No LMS: plain HTML with local resume. */
    begin: data => {
      var mode = data.tracking, make = K.adapters[mode];
      A = make ? make(data) : null;
      return Promise.resolve(A && A.initialize()).then(ok => {
        if (!ok) {
          mode = 'none';
          A = K.adapters.none(data);
          A.initialize();
        }
        T.mode = mode;
        D = K.dialects[mode];
        T.limit = D.limit;
        started = Date.now();
        read = D.read(A.get);
        // The LMS's own count when it gives one; else ours, kept in the suspend data.
        trusted = read.count >= 0;
        count = trusted ? read.count : 0;
        written[D.suspend] = read.suspend;
        written[D.location] = read.location;
        if (!read.review) {
          put(D.start(read));
          if (dirty) T.commit();
        }
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'hidden') T.commit();
        });
        window.addEventListener('pagehide', T.finish);
        // Back from the back/forward cache: local saving may start again; an LMS session may not.
        window.addEventListener('pageshow', e => {
          if (e.persisted && T.mode === 'none') { finished = false; A.initialize(); }
        });
        // commit() saves first and only calls the LMS when something changed.
        timer = setInterval(T.commit, COMMIT_EVERY);
        return read;
      });
    },

    /* The player's function that returns {suspend, location}; called before every commit. */
    collector: fn => { collect = fn; },

    save: () => {
      if (!collect || finished) return;
      var now = collect();
      put([[D.suspend, now.suspend], [D.location, now.location]]);
    },

    /* s: {rule, completed, success ('passed'|'failed'|'unknown'), over (nothing more to do)} */
    status: s => {
      done = !!s.over;
      if (read.review) return;
      var before = dirty;
      dirty = false;
      put(D.status(s, read));
      var changed = dirty;
      dirty = before || dirty;
      if (changed) T.commit();
    },

    score: pct => { if (!read.review) put(D.score(pct)); },

    progress: fraction => { if (!read.review) put(D.progress(fraction)); },

    /* rec: {key, q (question data), response, correct, weight, latency (ms), when (Date)} */
    interaction: rec => {
      if (read.review || T.mode === 'none') return;
      put(D.interaction(count++, rec));
    },

    /* Interactions are numbered by the LMS's count, or by ours when it gives none. */
    count: atLeast => {
      if (!trusted && atLeast > count) count = atLeast;
      return count;
    },

    commit: () => {
      if (finished) return false;
      T.save();
      if (!dirty) return true;
      var ok = A.commit();
      if (ok) {
        dirty = false;
      } else if (!retryTimer) {
        // One gentle retry: some LMSs fail a commit while their server is busy.
        retryTimer = setTimeout(() => { retryTimer = 0; T.commit(); }, RETRY_AFTER);
      }
      return ok;
    },

    /* Exactly once. After this the API is never called again. */
    finish: () => {
      if (finished) return;
      T.save();
      put(D.end(Date.now() - started, done));
      if (D.commitOnFinish) A.commit();
      finished = true;
      clearInterval(timer);
      clearTimeout(retryTimer);
      A.terminate();
    }
  };
})(window.Kiem = window.Kiem || {});
