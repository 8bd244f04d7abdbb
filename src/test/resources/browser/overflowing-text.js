// Text that leaves its box: an element whose content is wider than the element while nothing lets the reader scroll
// to it (overflow-x visible, hidden or clip). arguments[0] narrows the search to the elements matching a selector
// (e.g. '.tiles'); the page's own width is the phone check's business, so <html> and <body> are not judged.
// Returns one line per element, the innermost: a tile reports its figure, not the tile, the list and the section.
const scope = arguments[0] || 'body';
const scrolls = el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
const shown = el => {
  const box = el.getBoundingClientRect();
  // Visually hidden text (1 px, clipped) is there for screen readers; it cannot spill anything a reader sees.
  return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
};
const overflows = el => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && !scrolls(el) && shown(el);
const describe = el => {
  let text = el.tagName.toLowerCase();
  if (el.id) text += '#' + el.id;
  else if (el.classList.length) text += '.' + [...el.classList].join('.');
  const words = (el.textContent || '').trim().replace(/\s+/g, ' ');
  return words ? text + ' "' + words.slice(0, 60) + '"' : text;
};
const inScope = [...document.querySelectorAll(scope)].flatMap(root => [root, ...root.querySelectorAll('*')])
    .filter(el => el !== document.body && el !== document.documentElement && !(el instanceof SVGElement));
const over = new Set(inScope.filter(overflows));
// An element whose overflow is its overflowing descendant's is not reported twice.
const innermost = [...over].filter(el => ![...over].some(other => other !== el && el.contains(other)));
return innermost.map(el => describe(el) + ' is ' + el.scrollWidth + ' px wide in a box of ' + el.clientWidth
    + ' px (overflow-x: ' + getComputedStyle(el).overflowX + ')');
