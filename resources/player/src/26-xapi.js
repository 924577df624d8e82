/* Kiem player, the xAPI adapters (cmi5 and xAPI packages only). cmi5: launch parameters, the
   auth token from `fetch`, LMS.LaunchData, the cmi5 statement rules and context template.
   xAPI (TinCan): endpoint, auth and actor from the query. Both keep resume data in the State
   API and offer the Tracker a small data model: suspend, location, completion, success, score,
   answered.N. Statements leave batched, in timestamp order, and never after Terminated.
   (Short names here: this file must fit the player's size budget, and nothing mangles it.) */
(function (K) {
  'use strict';

  var F = K.formats, CMI5 = 'https://w3id.org/xapi/cmi5/context/', STATE = 'kiem.resume';

  /* A random (version 4) UUID for every statement. */
  function uuid() {
    return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g,
      c => (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16));
  }

  function lang(text) { var m = {}; m[K.data.language] = text; return m; }

  function warn(why) { console.warn('Kiem: no LRS:', why); }

  /* TinCan launches may give a 0.95 actor: one-item arrays, accountServiceHomePage/accountName. */
  function agent(text) {
    var a = JSON.parse(text), out = { objectType: 'Agent' };
    ['name', 'mbox', 'mbox_sha1sum', 'openid', 'account'].forEach(k => {
      if (a[k] !== undefined) out[k] = [].concat(a[k])[0];
    });
    var acc = out.account;
    if (acc && acc.accountName) out.account = { homePage: acc.accountServiceHomePage, name: acc.accountName };
    return out;
  }

  function adapter(data, cmi5) {
    var q = new URLSearchParams(location.search), launch = {}, doc = {}, saved = '';
    var queue = [], chain = Promise.resolve(), live = false, over = false, seen = {};
    var actor, id, reg, base, auth, start = 0, last = 0, timer = 0, score = null, failing = false, judged = false;

    /* One request to the LRS; rejects with the HTTP status (0: no answer). keepalive: it
       outlives the page, so nothing is lost when the learner closes it. */
    function send(method, path, body) {
      return fetch(base + path, { method: method, keepalive: true, body: body && JSON.stringify(body),
        headers: { Authorization: auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }
      }).then(r => {
        if (!r.ok && !(r.status === 404 && method === 'GET')) throw r.status;
        return r.status === 200 && method === 'GET' ? r.json() : null;
      }, () => { throw 0; });
    }

    function state(stateId) {
      var p = { activityId: id, agent: JSON.stringify(actor), stateId: stateId };
      if (reg) p.registration = reg;
      return 'activities/state?' + new URLSearchParams(p);
    }

    /* The LMS's template, never overwritten: cmi5 defined statements (kind 1) add the cmi5
       category, those with success or completion (kind 2) moveOn too; others (kind 0) name the
       AU as their parent. */
    function context(kind) {
      var c = JSON.parse(JSON.stringify(launch.contextTemplate || {}));
      var ca = c.contextActivities = c.contextActivities || {};
      var add = (list, ids) => { ca[list] = (ca[list] || []).concat(ids.map(i => ({ id: i }))); };
      if (reg) c.registration = reg;
      c.revision = String(K.data.version);  // which version of the module: results tell them apart
      if (!kind) add('parent', [id]);
      else if (cmi5) add('category', [CMI5 + 'categories/cmi5'].concat(kind > 1 ? [CMI5 + 'categories/moveon'] : []));
      if (!Object.keys(ca).length) delete c.contextActivities;
      return c;
    }

    function statement(verb, object, result, ctx) {
      if (over) return false;
      last = Math.max(Date.now(), last + 1); // strictly increasing: order is by timestamp
      var s = { id: uuid(), actor: actor, object: object, context: ctx, timestamp: new Date(last).toISOString(),
        verb: { id: 'http://adlnet.gov/expapi/verbs/' + verb, display: { 'en-US': verb } } };
      if (result) s.result = result;
      queue.push(s);
      clearTimeout(timer);
      timer = setTimeout(flush, 800);
      return true;
    }

    function au(verb, result, ctx) { statement(verb, { id: id }, result, ctx || context(1)); }

    function spent() { return F.duration(Date.now() - start); }

    /* 'passed', 'failed' (for good) or 'failing' (another attempt may follow: said at the end).
       Only for a score given in this session, one per session, nothing after Passed. */
    function judge(value) {
      failing = value === 'failing';
      if (failing || score === null || judged || doc.p || !/^(passed|failed)$/.test(value)) return;
      judged = true;
      doc.p = value === 'passed' ? 1 : 0;
      var ctx = context(2);
      if (launch.masteryScore !== undefined) {
        ctx.extensions = ctx.extensions || {};
        ctx.extensions[CMI5 + 'extensions/masteryscore'] = launch.masteryScore;
      }
      au(value, { success: !!doc.p, score: { scaled: score / 100 }, duration: spent() }, ctx);
    }

    /* Statements first-come first-sent (a failed batch waits for the next flush, unless the LRS
       refused it), the state when it changed. `now`: do not wait for earlier requests. */
    function flush(now) {
      clearTimeout(timer);
      var batch = queue.splice(0), body = JSON.stringify(doc);
      var go = () => Promise.all([
        batch.length && send('POST', 'statements', batch).catch(status => {
          warn(status);
          if (!over && !(status >= 400 && status < 500)) queue = batch.concat(queue);
        }),
        body !== saved && send('PUT', state(STATE), doc).then(() => { saved = body; }, warn)]);
      chain = now === true ? go() : chain.then(go);
    }

    function ready(got) {
      if (cmi5 && !got[0]) throw 'no LMS.LaunchData';
      launch = got[0] || {};
      doc = got[1] || {};
      saved = JSON.stringify(doc);
      if ((got[2] || {}).audioPreference === 'off') K.$$('audio,video').forEach(m => { m.muted = true; });
      live = true;
      start = Date.now();
      au('initialized');
      flush();
      var back = launch.returnURL, bar = K.$('.k-header__bar');
      if (back && bar) {
        bar.appendChild(K.el('button', { type: 'button', class: 'k-btn k-btn--quiet',
          onclick: () => { K.Tracker.finish(); location.href = back; } }, [K.t('exit')]));
      }
      K.on('page', i => {
        var page = K.data.pages[i];
        if (live && !seen[i]) seen[i] = statement('experienced', { id: 'urn:kiem:' + data.id + ':page:' + page.id,
          objectType: 'Activity', definition: { name: lang(page.title) } }, null, context(0));
      });
      return true;
    }

    return {
      initialize: () => {
        var endpoint = q.get('endpoint'), who = q.get('actor'), fetchUrl = q.get('fetch');
        id = q.get(cmi5 ? 'activityId' : 'activity_id') || 'urn:kiem:' + data.id;
        reg = q.get('registration');
        if (!endpoint || !who || (cmi5 && !(fetchUrl && reg && q.get('activityId')))) return false;
        base = endpoint.replace(/\/?$/, '/');
        var token = !cmi5 ? Promise.resolve(q.get('auth')) : fetch(fetchUrl, { method: 'POST' })
          .then(r => r.json()).then(j => {
            if (!j['auth-token']) throw j['error-text'] || 'no auth-token';
            return 'Basic ' + j['auth-token'];
          });
        return token.then(a => {
          auth = a;
          actor = agent(who);
          var prefs = 'agents/profile?' + new URLSearchParams({ agent: JSON.stringify(actor), profileId: 'cmi5LearnerPreferences' });
          return Promise.all([cmi5 && send('GET', state('LMS.LaunchData')), send('GET', state(STATE)),
            cmi5 && send('GET', prefs).catch(() => null)]);
        }).then(ready).catch(why => { warn(why); return false; });
      },
      get: el => {
        var v = { suspend: doc.s, location: doc.l, mode: launch.launchMode, mastery: launch.masteryScore }[el];
        return v == null ? '' : String(v); // == null: undefined too
      },
      set: (el, value) => {
        if (!live) return false;
        if (el === 'suspend') doc.s = value;
        else if (el === 'location') doc.l = value;
        else if (el === 'score') score = +value;
        else if (el === 'success') judge(value);
        else if (el === 'completion' && value && !doc.c) {
          doc.c = 1;
          au('completed', { completion: true, duration: spent() }, context(2));
        } else if (el.indexOf('answered.') === 0) {
          var a = JSON.parse(value);
          statement('answered', a.object, a.result, context(0));
        }
        return true;
      },
      commit: () => { if (live) flush(); return live; },
      /* Exactly once: a Failed still pending, then Terminated, and nothing after. */
      terminate: () => {
        if (!live) return false;
        if (failing) judge('failed');
        au('terminated', { duration: spent() });
        live = false;
        flush(true);
        over = true;
        return true;
      }
    };
  }

  /* A question's answer: its cmi.interaction activity (worked out at export) and the learner's
     response. */
  function answered(rec) {
    var r = F.response(rec), result = { success: rec.correct, duration: F.duration(rec.latency) };
    if (r !== null) result.response = r;
    return { object: rec.q.activity, result: result };
  }

  K.adapters.cmi5 = data => adapter(data, true);
  K.adapters.xapi = data => adapter(data, false);

  K.dialects.cmi5 = K.dialects.xapi = {
    limit: 64000,
    commitOnFinish: false, // terminate sends what is left, then Terminated
    read: get => {
      var mastery = get('mastery');
      return { suspend: get('suspend'), location: get('location'), count: NaN,
        review: /^(Browse|Review)$/.test(get('mode')),
        mastery: mastery === '' ? null : Math.round(mastery * 1e4) / 100 };
    },
    start: () => [],
    suspend: 'suspend',
    location: 'location',
    status: s => [['completion', s.completed ? 1 : ''],
      ['success', s.success === 'failed' && !s.over ? 'failing' : s.success]],
    score: pct => [['score', pct]],
    progress: () => [],
    interaction: (n, rec) => [['answered.' + n, JSON.stringify(answered(rec))]],
    end: () => []
  };
})(window.Kiem = window.Kiem || {});
