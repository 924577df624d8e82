/* Kiem player, core: the one global namespace, small DOM helpers, an event bus, seeded random
   numbers and storage that never throws. Files are concatenated in name order into kiem.js. */
(function (K) {
  'use strict';

  K.$ = (sel, root) => (root || document).querySelector(sel);
  K.$$ = (sel, root) => Array.prototype.slice.call((root || document).querySelectorAll(sel));

  /* Make an element: K.el('button', {type: 'button', class: 'x', onclick: fn}, ['text', node]). */
  K.el = (tag, attrs, kids) => {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(name => {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name.slice(0, 2) === 'on') node.addEventListener(name.slice(2), value);
      else if (name === 'html') node.innerHTML = value;
      else node.setAttribute(name, value === true ? '' : value);
    });
    (kids || []).forEach(kid => {
      if (kid !== null && kid !== undefined && kid !== false) {
        node.appendChild(typeof kid === 'string' ? document.createTextNode(kid) : kid);
      }
    });
    return node;
  };

  /* A tiny event bus so that files talk without knowing each other. */
  var listeners = {};
  K.on = (name, fn) => { (listeners[name] = listeners[name] || []).push(fn); };
  K.emit = (name, detail) => {
    (listeners[name] || []).forEach(fn => { fn(detail); });
  };

  /* FNV-1a: a stable 32-bit hash of a string, to derive per-question seeds from one seed. */
  K.hash = text => {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  };

  /* mulberry32: small, fast, and the same sequence in every browser for a given seed. */
  K.rng = seed => {
    var a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      var t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  };

  /* Fisher-Yates on a copy. */
  K.shuffle = (list, random) => {
    var out = list.slice();
    for (var i = out.length - 1; i > 0; i--) {
      var j = Math.floor(random() * (i + 1));
      var t = out[i]; out[i] = out[j]; out[j] = t;
    }
    return out;
  };

  K.newSeed = () => Math.floor(Math.random() * 4294967295) >>> 0;

  /* localStorage can be missing or throw (sandboxed frames, privacy modes): never let it. */
  K.store = {
    get: key => {
      try { return window.localStorage.getItem(key); } catch (e) { return null; }
    },
    set: (key, value) => {
      try { window.localStorage.setItem(key, value); return true; } catch (e) { return false; }
    }
  };

  K.reducedMotion = () => !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);

  /* Polite announcements for screen readers through the one live region. */
  var announceTimer = 0;
  K.announce = text => {
    var live = document.getElementById('kiem-live');
    if (!live) return;
    live.textContent = '';
    clearTimeout(announceTimer);
    // A short delay makes screen readers notice a change even when the text repeats.
    announceTimer = setTimeout(() => { live.textContent = text; }, 60);
  };
})(window.Kiem = window.Kiem || {});
