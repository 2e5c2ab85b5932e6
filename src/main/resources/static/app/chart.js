import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 160;
const TOP = 16;
const BOTTOM = 28;
const LEFT = 28;
const STEP = 22;
const BAR = 14;

// Releases per quarter as plain SVG bars, one per quarter from the first release to the last; a quarter
// without releases keeps its place as a gap (a flat mark on the axis), so pauses show. The same numbers
// follow as a table for screen readers and for copying.
export function cadenceChart(projectName, buckets) {
  const max = Math.max(1, ...buckets.map((bucket) => bucket.releases));
  const width = LEFT + buckets.length * STEP + 8;
  const plot = HEIGHT - TOP - BOTTOM;
  const svg = svgEl('svg', {
    class: 'cadence-chart', viewBox: `0 0 ${width} ${HEIGHT}`, role: 'img',
    'aria-labelledby': 'cadence-caption', preserveAspectRatio: 'xMinYMid meet',
  });
  svg.append(svgEl('line', { class: 'axis', x1: LEFT, y1: TOP + plot, x2: width - 4, y2: TOP + plot }));
  svg.append(svgText(LEFT - 6, TOP + 4, String(max), 'axis-label end'));
  svg.append(svgText(LEFT - 6, TOP + plot, '0', 'axis-label end'));
  buckets.forEach((bucket, i) => {
    const x = LEFT + i * STEP + (STEP - BAR) / 2;
    const height = bucket.releases ? Math.max(2, Math.round((bucket.releases / max) * plot)) : 2;
    const bar = svgEl('rect', {
      class: bucket.releases ? 'bar' : 'bar gap', x, y: TOP + plot - height, width: BAR, height,
      'data-start': bucket.start, 'data-releases': bucket.releases,
    });
    const title = svgEl('title', {});
    title.textContent = quarterName(bucket.start) + ': ' + releasesText(bucket.releases);
    bar.append(title);
    svg.append(bar);
    if (bucket.releases) {
      svg.append(svgText(x + BAR / 2, TOP + plot - height - 3, String(bucket.releases), 'bar-label middle'));
    }
    if (bucket.start.slice(5, 7) === '01' || i === 0) {
      svg.append(svgText(x + BAR / 2, HEIGHT - 8, bucket.start.slice(0, 4), 'axis-label middle'));
    }
  });
  const quiet = buckets.filter((bucket) => !bucket.releases).length;
  return el('figure', { class: 'cadence' },
    el('figcaption', { id: 'cadence-caption' }, 'Releases of ' + projectName + ' per quarter, '
      + quarterName(buckets[0].start) + ' to ' + quarterName(buckets[buckets.length - 1].start)
      + (quiet ? ' (' + quiet + ' quarters without a release)' : '')),
    el('div', { class: 'chart-scroll' }, svg),
    el('details', {},
      el('summary', {}, 'The same as a table'),
      el('table', {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Quarter'), el('th', { scope: 'col' }, 'Releases'))),
        el('tbody', {}, buckets.map((bucket) =>
          el('tr', {}, el('th', { scope: 'row' }, quarterName(bucket.start)), el('td', {}, String(bucket.releases))))))));
}

export function quarterName(start) {
  return start.slice(0, 4) + ' Q' + (Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1);
}

function releasesText(count) {
  return count === 1 ? '1 release' : count + ' releases';
}

function svgEl(tag, attributes) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
  return element;
}

function svgText(x, y, text, className) {
  const element = svgEl('text', { x, y, class: className });
  element.textContent = text;
  return element;
}
