import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args:['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://localhost:5600/uz/search/');
const out = await p.evaluate(async (qs) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({});
  const r = {};
  for (const q of qs) { const s = await pf.search(q); const d = await Promise.all(s.results.slice(0,3).map(x=>x.data())); r[q]=d.map(x=>x.url); }
  return r;
}, process.argv.slice(2));
console.log(JSON.stringify(out,null,1));
await b.close();
