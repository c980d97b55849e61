// StaticEvent preview: live reload and the build-error overlay. Only `staticevent serve` adds
// this script to the pages it serves; `build` output never has it.
//
// Events from /_staticevent/events (server-sent events):
//   hello  {build, errors?}  on (re)connecting: reload if the page is from another build
//   reload {build}           this page, or something every page uses, changed
//   css    {build, urls}     only stylesheets changed: swap them in place, no reload
//   built  {build}           a good build that did not change this page
//   errors {build, errors}   the build failed: show the overlay (the page stays as it was)
(() => {
  'use strict';
  if (window.__staticeventLive) {
    return;
  }
  window.__staticeventLive = true;

  const script = document.currentScript;
  let build = script ? script.dataset.build : '';
  let source = null;
  let host = null;
  let dismissed = '';
  let returnFocus = null;

  function connect() {
    source = new EventSource('/_staticevent/events?path=' + encodeURIComponent(location.pathname));
    source.addEventListener('hello', (e) => {
      const data = JSON.parse(e.data);
      if (build && data.build !== build) {
        location.reload(); // built while this page was loading or while the server was away
        return;
      }
      build = data.build;
      if (data.errors) {
        showErrors(data.errors);
      } else {
        hideErrors();
      }
    });
    source.addEventListener('reload', () => {
      source.close();
      location.reload();
    });
    source.addEventListener('css', (e) => {
      const data = JSON.parse(e.data);
      build = data.build;
      hideErrors();
      swapStylesheets(data.urls);
    });
    source.addEventListener('built', (e) => {
      build = JSON.parse(e.data).build;
      hideErrors();
    });
    source.addEventListener('errors', (e) => showErrors(JSON.parse(e.data).errors));
    source.onerror = () => {
      // The browser retries by itself while the stream is only interrupted; once it gives up
      // (the server answered with an error, or was restarted in a way it did not like), retry here.
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, 1000);
      }
    };
  }

  // /css/site.3f2a9c01be.css and /css/site.css are one stylesheet: its fingerprint changes with it.
  function withoutFingerprint(path) {
    return path.replace(/\.[0-9a-f]{10}(\.css)$/, '$1');
  }

  function swapStylesheets(urls) {
    // One URL per stylesheet: the server sends its fingerprinted name, the one a reload would link.
    const changed = new Map(urls.map((u) => [withoutFingerprint(u), u]));
    const stamp = String(Date.now());
    for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
      const url = new URL(link.href, location.href);
      const nextPath = changed.get(withoutFingerprint(url.pathname));
      if (url.origin !== location.origin || nextPath === undefined) {
        continue;
      }
      url.pathname = nextPath;
      url.searchParams.set('v', 'live-' + stamp);
      const next = link.cloneNode();
      next.href = url.href;
      // The old sheet stays until the new one is in, so the page never shows unstyled.
      next.addEventListener('load', () => link.remove(), { once: true });
      next.addEventListener('error', () => link.remove(), { once: true });
      link.after(next);
    }
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      node.setAttribute(name, value);
    }
    if (text !== undefined) {
      node.textContent = text; // text only: messages quote the site's own files
    }
    return node;
  }

  function showErrors(errors) {
    const key = JSON.stringify(errors);
    if (key === dismissed || location.pathname === '/_review/') {
      return; // the review page lists the errors itself
    }
    dismissed = '';
    const first = host === null;
    if (first) {
      returnFocus = document.activeElement;
      host = element('div', { id: 'staticevent-overlay' });
      host.attachShadow({ mode: 'open' });
      (document.body || document.documentElement).appendChild(host);
    }
    const root = host.shadowRoot;
    root.replaceChildren();
    root.appendChild(element('style', {}, STYLE));

    const dialog = element('div', {
      role: 'alertdialog',
      'aria-modal': 'false',
      'aria-labelledby': 'staticevent-title',
      'aria-describedby': 'staticevent-help',
      lang: 'en',
      dir: 'ltr',
      class: 'dialog',
    });
    const header = element('div', { class: 'header' });
    const count = errors.length === 1 ? '1 error' : errors.length + ' errors';
    header.appendChild(element('h2', { id: 'staticevent-title' }, 'The site does not build: ' + count));
    const close = element('button', { type: 'button', class: 'close', 'aria-label': 'Close the error overlay' }, '×');
    close.addEventListener('click', () => dismiss(key));
    header.appendChild(close);
    dialog.appendChild(header);
    dialog.appendChild(element('p', { id: 'staticevent-help' },
      'This page is from the last good build. Fix the files below and save: the overlay goes away by itself.'));

    const list = element('ol', { class: 'errors' });
    for (const error of errors) {
      const item = element('li', { class: 'error' });
      const line = element('p', { class: 'head' });
      line.appendChild(element('code', { class: 'location' }, error.location));
      line.appendChild(document.createTextNode(' '));
      line.appendChild(element('span', { class: 'code' }, error.severity + ' ' + error.code));
      item.appendChild(line);
      item.appendChild(element('p', { class: 'message' }, error.message));
      if (error.hint) {
        item.appendChild(element('p', { class: 'hint' }, 'hint: ' + error.hint));
      }
      list.appendChild(item);
    }
    dialog.appendChild(list);
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        dismiss(key);
      }
    });
    root.appendChild(dialog);
    if (first) {
      close.focus({ preventScroll: true });
    }
  }

  function dismiss(key) {
    dismissed = key;
    removeOverlay();
  }

  function hideErrors() {
    dismissed = '';
    removeOverlay();
  }

  function removeOverlay() {
    if (host === null) {
      return;
    }
    host.remove();
    host = null;
    if (returnFocus && typeof returnFocus.focus === 'function' && document.contains(returnFocus)) {
      returnFocus.focus({ preventScroll: true });
    }
    returnFocus = null;
  }

  const STYLE = `
    :host { all: initial; }
    .dialog { position: fixed; inset: 0; z-index: 2147483647; overflow: auto; box-sizing: border-box;
      padding: 2rem max(1rem, calc(50vw - 28rem)); background: rgba(20, 20, 24, 0.94); color: #f4f4f5;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left; }
    .header { display: flex; align-items: flex-start; justify-content: space-between; gap: 1rem; }
    h2 { margin: 0 0 .5rem; font-size: 1.3rem; color: #ff8a8a; }
    .close { font: inherit; font-size: 1.5rem; line-height: 1; padding: .2rem .6rem; cursor: pointer;
      color: #f4f4f5; background: transparent; border: 1px solid #a1a1aa; border-radius: 4px; }
    .close:focus-visible { outline: 3px solid #93c5fd; outline-offset: 2px; }
    .errors { padding-left: 1.5rem; }
    .error { margin: 1rem 0; padding: .75rem 1rem; background: #27272a; border-left: 4px solid #f87171; border-radius: 4px; }
    .error p { margin: .2rem 0; }
    .location { font: 14px ui-monospace, SFMono-Regular, Menlo, monospace; color: #fde68a; overflow-wrap: anywhere; }
    .code { font-size: 13px; color: #fca5a5; }
    .message { white-space: pre-wrap; }
    .hint { color: #a7f3d0; white-space: pre-wrap; }
  `;

  connect();
})();
