// Inspects the page as loaded in the browser: what a reader on this screen, with a screen reader or keyboard, meets.
// Returns {problems: [{kind, text}], anchors, assets, meta, resources, stylesheets: [absolute URL], scripts: [described], tiles: n}.
// arguments[0]: the path that the site's one allowed script ends with; scripts lists every other script, and that one
// when it is not loaded with defer or holds code of its own.
const problems = [];
const report = (kind, text) => problems.push({kind, text});
const describe = el => {
  let text = el.tagName.toLowerCase();
  if (el.id) text += '#' + el.id;
  else if (el.classList.length) text += '.' + [...el.classList].join('.');
  const words = (el.getAttribute('src') || el.getAttribute('href') || el.textContent || '').trim().replace(/\s+/g, ' ');
  return words ? text + ' "' + words.slice(0, 60) + '"' : text;
};
const hidden = el => el.closest('[aria-hidden="true"], [hidden]') !== null;

// Language
if (!document.documentElement.lang) report('ACCESSIBILITY', '<html> has no lang attribute');

// Landmarks: one banner, navigation, one main, one contentinfo
const sectioning = 'article, aside, main, nav, section';
const banners = [...document.querySelectorAll('header, [role="banner"]')].filter(h => h.getAttribute('role') === 'banner' || !h.parentElement.closest(sectioning));
const footers = [...document.querySelectorAll('footer, [role="contentinfo"]')].filter(f => f.getAttribute('role') === 'contentinfo' || !f.parentElement.closest(sectioning));
const mains = document.querySelectorAll('main, [role="main"]');
if (banners.length !== 1) report('ACCESSIBILITY', 'landmarks: expected one page <header> (banner), found ' + banners.length);
if (document.querySelectorAll('nav, [role="navigation"]').length === 0) report('ACCESSIBILITY', 'landmarks: no <nav>');
if (mains.length !== 1) report('ACCESSIBILITY', 'landmarks: expected one <main>, found ' + mains.length);
if (footers.length !== 1) report('ACCESSIBILITY', 'landmarks: expected one page <footer> (contentinfo), found ' + footers.length);

// Headings: one h1, first; no level skipped on the way down
const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].filter(h => !hidden(h));
const level = h => h.getAttribute('role') === 'heading' ? Number(h.getAttribute('aria-level') || 2) : Number(h.tagName[1]);
const h1s = headings.filter(h => level(h) === 1);
if (h1s.length !== 1) report('ACCESSIBILITY', 'headings: expected one h1, found ' + h1s.length);
if (headings.length && level(headings[0]) !== 1) report('ACCESSIBILITY', 'headings: the first heading is ' + describe(headings[0]) + ', not an h1');
for (let i = 1; i < headings.length; i++) {
  if (level(headings[i]) > level(headings[i - 1]) + 1) {
    report('ACCESSIBILITY', 'headings: h' + level(headings[i - 1]) + ' is followed by h' + level(headings[i]) + ' (' + describe(headings[i]) + '), skipping a level');
  }
}

// Images: alt text (or decorative), sized, lazy below the fold
for (const img of document.querySelectorAll('img')) {
  const decorative = img.getAttribute('alt') === '' || ['presentation', 'none'].includes(img.getAttribute('role'));
  if (!img.hasAttribute('alt') && !decorative) report('ACCESSIBILITY', 'image without alt text (add alt, or alt="" when decorative): ' + describe(img));
  if (!img.getAttribute('width') || !img.getAttribute('height')) report('IMAGES', 'image without width and height attributes (the page jumps as it loads): ' + describe(img));
  const top = img.getBoundingClientRect().top + window.scrollY;
  if (top > window.innerHeight && img.loading !== 'lazy') report('IMAGES', 'image below the fold is not loading="lazy": ' + describe(img));
}

// Charts and other drawings: either hidden from screen readers, or an image with a name
const nameOf = el => {
  const by = el.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map(id => document.getElementById(id)).filter(Boolean).map(e => e.textContent.trim()).join(' ');
  if (el.getAttribute('aria-label')) return el.getAttribute('aria-label').trim();
  const title = el.querySelector(':scope > title');
  return title ? title.textContent.trim() : '';
};
for (const svg of document.querySelectorAll('svg')) {
  if (hidden(svg) || svg.parentElement.closest('svg')) continue;
  // A drawing whose parts are links (the world map's countries) is a named group: role="img" would hide the links.
  const linkGroup = svg.getAttribute('role') === 'group' && svg.querySelector('a[href]');
  if (svg.getAttribute('role') !== 'img' && !linkGroup) report('ACCESSIBILITY', 'drawing neither aria-hidden, role="img" nor a group of links: ' + describe(svg));
  else if (!nameOf(svg)) report('ACCESSIBILITY', 'chart without an accessible name (a <title>, aria-label or aria-labelledby): ' + describe(svg));
}

// A phone must not scroll sideways: only marked scroll areas (tables) may be wider than the screen
const width = document.documentElement.clientWidth;
if (document.documentElement.scrollWidth > width + 1) {
  const scrolls = el => { const o = getComputedStyle(el).overflowX; return o === 'auto' || o === 'scroll' || o === 'hidden'; };
  const wide = [...document.body.querySelectorAll('*')]
      .filter(el => el.getBoundingClientRect().right > width + 1 && ![...ancestors(el)].some(scrolls));
  report('PHONE', 'the page is ' + document.documentElement.scrollWidth + ' px wide on a ' + width + ' px screen; too wide: '
      + wide.slice(0, 3).map(describe).join(', '));
}
function* ancestors(el) { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) yield p; }

// Everything the page points to or loaded: links to follow, assets the page loads, addresses in its metadata
const abs = url => new URL(url, document.baseURI).href;
// An SVG link's href is an SVGAnimatedString (the world map's countries): resolve its attribute instead.
const anchors = [...document.querySelectorAll('a[href], area[href]')].map(a => abs(a.getAttribute('href')));
const assets = [];
document.querySelectorAll('img[src], script[src], iframe[src], video[src], audio[src], source[src], track[src], embed[src]').forEach(e => assets.push(abs(e.getAttribute('src'))));
document.querySelectorAll('img[srcset], source[srcset]').forEach(e => e.getAttribute('srcset').split(',').forEach(c => assets.push(abs(c.trim().split(/\s+/)[0]))));
document.querySelectorAll('link[href]:not([rel~="canonical"]):not([rel~="alternate"])').forEach(l => assets.push(l.href));
const meta = [...document.querySelectorAll('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"], link[rel~="canonical"]')]
    .map(m => abs(m.getAttribute('content') || m.getAttribute('href')));
const resources = performance.getEntriesByType('resource').map(e => e.name);
const stylesheets = [...document.querySelectorAll('link[rel~="stylesheet"]')].map(l => l.href);
const tiles = document.querySelectorAll('.tile').length;
const allowed = s => s.src.endsWith('/' + arguments[0]) && s.defer && !s.textContent.trim();
const scripts = [...document.scripts].filter(s => !allowed(s)).map(describe);
return {problems, anchors, assets, meta, resources, scripts, stylesheets, tiles};
