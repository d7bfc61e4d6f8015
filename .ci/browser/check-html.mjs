// Opens kijun's HTML report offline in Debian's headless Chromium and checks it as an auditor would use it:
// no console error and no request leaves the file; the numbers in the DOM equal the JSON report's summary; the
// English toggle switches the visible text and is remembered in the URL hash; each filter hides what it should;
// the comparison with a baseline, when there is one, lists the JSON report's changes and links to them;
// axe-core finds no accessibility violation; printing expands every control and hides the controls of the page.
// Saves screenshots and an A4 PDF.
//
//   node check-html.mjs REPORT.html REPORT.json [OUTPUT-DIR]     (OUTPUT-DIR defaults to target/browser)
//
// Ends with the line "N passed, N failed" and exits 1 when any check failed.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [htmlArg, jsonArg, outArg = 'target/browser'] = process.argv.slice(2);
if (!htmlArg || !jsonArg) {
  console.error('usage: node check-html.mjs REPORT.html REPORT.json [OUTPUT-DIR]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(jsonArg, 'utf8'));
const outDir = path.resolve(outArg);
mkdirSync(outDir, { recursive: true });
const url = pathToFileURL(path.resolve(htmlArg)).href;

let passed = 0;
const failures = [];
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failures.push(name);
    console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`);
  }
}
const sorted = (counts) => Object.fromEntries(Object.entries(counts).sort());

function same(name, actual, expected) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(name, a === e, `expected ${e}, got ${a}`);
}

const userDataDir = mkdtempSync(path.join(tmpdir(), 'kijun-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  offline: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const consoleErrors = [];
const failedRequests = [];
const foreignRequests = [];
await context.route('**/*', (route) => {
  const requested = route.request().url();
  if (requested.startsWith('file:') || requested.startsWith('data:')) {
    return route.continue();
  }
  foreignRequests.push(requested);
  return route.abort();
});

try {
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      consoleErrors.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));

  await page.goto(url, { waitUntil: 'load' });

  // The header states what was evaluated, as the JSON report does.
  same('as-of date', await page.textContent('[data-as-of]'), report.asOf);
  same('rule pack', await page.textContent('[data-rule-pack]'), report.tool.rulePack);
  same('inputs with SHA-256',
    await page.$$eval('tr[data-input]', (rows) => rows.map((row) => [row.cells[0].textContent, row.cells[1].textContent])),
    report.inputs.map((input) => [input.path, input.sha256]));

  // The numbers in the DOM equal the JSON summary: the summary figures and the controls themselves.
  const outcomes = Object.keys(report.summary);
  const shownCounts = await page.$$eval('[data-outcome-count]',
    (cells) => Object.fromEntries(cells.map((cell) => [cell.dataset.outcomeCount, Number(cell.textContent)])));
  same('summary counts equal the JSON summary', sorted(shownCounts), sorted(report.summary));
  const controlCounts = await page.$$eval('details.control', (controls, codes) => {
    const counts = Object.fromEntries(codes.map((code) => [code, 0]));
    controls.forEach((control) => { counts[control.dataset.outcome] += 1; });
    return counts;
  }, outcomes);
  same('controls per outcome equal the JSON summary', sorted(controlCounts), sorted(report.summary));
  same('one control per JSON control, in order',
    await page.$$eval('details.control', (controls) => controls.map((control) => control.id)),
    report.controls.map((control) => control.id));
  same('total', Number(await page.textContent('[data-total]')), report.controls.length);

  // The language toggle switches the visible text and is remembered in the URL hash.
  const heading = () => page.locator('h1').innerText();
  check('Japanese first', (await page.getAttribute('html', 'lang')) === 'ja' && (await heading()).includes('評価報告書')
    && !(await heading()).includes('Evaluation report'), await heading());
  check('the translation notice is hidden in Japanese', !(await page.locator('p.notice').isVisible()));
  await page.getByLabel('English').check();
  check('English toggle switches the visible text',
    (await page.getAttribute('html', 'lang')) === 'en' && (await heading()).includes('Evaluation report')
    && !(await heading()).includes('評価報告書'), await heading());
  check('English marks itself as kijun\'s translation', await page.locator('p.notice').isVisible());
  same('the choice is in the URL hash', await page.evaluate(() => location.hash), '#lang=en');
  check('the guideline\'s Japanese stays beside the English',
    await page.locator('details.control blockquote.guideline').first().evaluate((quote) => {
      quote.closest('details').open = true;
      return quote.checkVisibility();
    }));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(outDir, 'report-en.png') });
  same('nothing is kept in storage', await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
  await page.reload({ waitUntil: 'load' });
  check('the hash brings English back after a reload', (await heading()).includes('Evaluation report'), await heading());
  await page.getByLabel('日本語').check();
  check('and back to Japanese', (await heading()).includes('評価報告書') && (await page.evaluate(() => location.hash)) === '#lang=ja');

  // Each filter hides what it should and nothing else.
  const visible = () => page.$$eval('details.control', (controls) => {
    const counts = {};
    controls.filter((control) => control.checkVisibility()).forEach((control) => {
      const key = `${control.dataset.outcome}|${control.dataset.tier}|${control.dataset.measure}`;
      counts[key] = (counts[key] ?? 0) + 1;
    });
    return counts;
  });
  const expectVisible = (keep) => {
    const counts = {};
    report.controls.filter(keep).forEach((control) => {
      const key = `${control.outcome}|${control.tier}|${control.measure}`;
      counts[key] = (counts[key] ?? 0) + 1;
    });
    return counts;
  };
  const shown = async () => Number(await page.locator('[data-shown]').first().textContent());
  same('everything is shown before filtering', sorted(await visible()), sorted(expectVisible(() => true)));
  for (const outcome of outcomes.filter((code) => report.summary[code] > 0)) {
    const box = page.locator(`input[name="outcome"][value="${outcome}"]`);
    await box.uncheck();
    same(`outcome filter hides ${outcome}`, sorted(await visible()), sorted(expectVisible((c) => c.outcome !== outcome)));
    same(`the status counts what the ${outcome} filter shows`, await shown(),
      report.controls.filter((c) => c.outcome !== outcome).length);
    await box.check();
  }
  for (const tier of ['consider', 'reference']) {
    const box = page.locator(`input[name="tier"][value="${tier}"]`);
    await box.uncheck();
    same(`tier filter hides ${tier}`, sorted(await visible()), sorted(expectVisible((c) => c.tier !== tier)));
    const hiddenMeasures = await page.$$eval('section.measure', (sections, t) =>
      sections.filter((s) => s.dataset.tier === t && s.checkVisibility()).length, tier);
    same(`measures of tier ${tier} disappear with their controls`, hiddenMeasures, 0);
    await box.check();
  }
  const measures = [...new Set(report.controls.map((c) => c.measure))];
  let measureFiltersOk = true;
  for (const measure of measures) {
    await page.selectOption('#filter-measure', measure);
    const got = JSON.stringify(sorted(await visible()));
    const want = JSON.stringify(sorted(expectVisible((c) => c.measure === measure)));
    if (got !== want) {
      measureFiltersOk = false;
      console.log(`     measure ${measure}: expected ${want}, got ${got}`);
    }
  }
  check(`measure filter shows only the chosen measure (${measures.length} measures)`, measureFiltersOk);
  await page.locator('input[name="outcome"][value="not_reviewed"]').uncheck();
  await page.getByRole('button', { name: '絞り込みを解除' }).click();
  await page.waitForFunction(() => !document.documentElement.classList.contains('filtered'));
  same('clearing the filters shows everything again', sorted(await visible()), sorted(expectVisible(() => true)));

  // With a baseline, the comparison lists what the JSON report's comparison lists, and the link of a changed
  // control opens it where it is listed, even when a filter hid it, without losing the language in the URL.
  if (report.comparison) {
    const expectedCounts = Object.fromEntries(['regressions', 'improvements', 'added', 'removed']
      .map((kind) => [kind, report.comparison[kind].length]));
    same('comparison counts equal the JSON comparison', sorted(await page.$$eval('[data-change-count]',
      (cells) => Object.fromEntries(cells.map((cell) => [cell.dataset.changeCount, Number(cell.textContent)])))),
    sorted(expectedCounts));
    same('changed controls equal the JSON comparison', await page.$$eval('tr[data-change]',
      (rows) => rows.map((row) => row.dataset.change)),
    [...report.comparison.regressions, ...report.comparison.improvements]);
    const link = page.locator('a[data-control-link]').first();
    const id = (await link.getAttribute('href')).slice(1);
    const outcome = report.controls.find((control) => control.id === id).outcome;
    await page.locator(`input[name="outcome"][value="${outcome}"]`).uncheck();
    const hashBefore = await page.evaluate(() => location.hash);
    await link.click();
    const control = page.locator(`details.control[id="${id}"]`);
    check(`the link of a changed control (${id}) opens it, clearing the filter that hid it`,
      await control.evaluate((element) => element.open && element.checkVisibility()));
    same('and the URL keeps its hash', await page.evaluate(() => location.hash), hashBefore);
    await control.evaluate((element) => { element.open = false; });
    await page.evaluate(() => window.scrollTo(0, 0));
  } else {
    same('no comparison without a baseline', await page.locator('#comparison').count(), 0);
  }

  // Accessibility: axe-core's WCAG 2.x A/AA and best-practice rules, every control expanded, in both languages.
  // (Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.)
  await page.getByRole('button', { name: 'すべて開く' }).click();
  await page.evaluate(readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8'));
  for (const lang of ['ja', 'en']) {
    await page.locator(`input[name="lang"][value="${lang}"]`).check();
    const result = await page.evaluate(() => axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
    same(`accessibility (axe-core ${result.testEngine.version}, ${lang})`,
      result.violations.map((v) => `${v.id} x${v.nodes.length}: ${v.help}: ${v.nodes[0].html.slice(0, 120)}`), []);
  }
  await page.locator('input[name="lang"][value="ja"]').check();

  // Screenshots: the top of the report, then the first failed (or else first) control expanded.
  await page.getByRole('button', { name: 'すべて閉じる' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(outDir, 'report.png') });
  const first = page.locator('details.control[data-outcome="failed"], details.control[data-outcome="error"]').first();
  const target = (await first.count()) > 0 ? first : page.locator('details.control').first();
  await target.locator('summary').click();
  await target.scrollIntoViewIfNeeded();
  await target.screenshot({ path: path.join(outDir, 'control.png') });
  check('a control expands to its reasons, waivers and scenarios',
    await target.evaluate((control) => control.open && control.querySelectorAll('h4').length === 4
      && control.querySelector('ul.reasons').checkVisibility()));

  // Print: no toggles or filters, every control expanded, a page per measure; then an A4 PDF.
  await page.getByRole('button', { name: 'すべて閉じる' }).click();
  await page.emulateMedia({ media: 'print' });
  check('print hides the filters and the language switch',
    !(await page.locator('#filters').isVisible()) && !(await page.locator('.lang-switch').isVisible()));
  check('print shows every control expanded', await page.$$eval('details.control .control-body',
    (bodies) => bodies.every((body) => body.checkVisibility())));
  check('print starts each measure on a new page', await page.$$eval('section.measure',
    (sections) => sections.every((section) => getComputedStyle(section).breakBefore === 'page')));
  check('print is black on white', await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return style.color === 'rgb(0, 0, 0)' && style.backgroundColor === 'rgb(255, 255, 255)';
  }));
  await page.pdf({ path: path.join(outDir, 'report.pdf'), format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });

  same('no console errors or warnings', consoleErrors, []);
  same('no failed requests', failedRequests, []);
  same('no request outside the file', foreignRequests, []);
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

console.log(`screenshots: ${['report.png', 'report-en.png', 'control.png'].map((name) => path.join(outDir, name)).join(', ')}; `
  + `PDF: ${path.join(outDir, 'report.pdf')}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
