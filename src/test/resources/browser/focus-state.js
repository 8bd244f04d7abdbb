// The element that has keyboard focus: what it is, whether a reader can see it, and whether it shows a focus ring.
const el = document.activeElement;
if (!el || el === document.body) return {tag: 'body', text: '', href: '', id: '', visible: false, ring: false};
const r = el.getBoundingClientRect();
const s = getComputedStyle(el);
const visible = r.width > 2 && r.height > 2 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
    && s.visibility !== 'hidden' && s.opacity !== '0' && !/rect\(0(px)? 0(px)? 0(px)? 0(px)?\)/.test(s.clip);
const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || (s.boxShadow && s.boxShadow !== 'none');
return {tag: el.tagName.toLowerCase(), text: (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60),
  href: el.getAttribute('href') || '', id: el.id || '', visible, ring};
