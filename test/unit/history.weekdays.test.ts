// The chart's weekday labels in narrow columns tell the days apart in every
// language the product ships: the shortened forms come from Intl, and where
// two letters are not enough (Portuguese: "segunda" and "sexta" are both
// "se", "quarta" and "quinta" both "qu"), the chart uses as many as it takes.
import * as assert from 'node:assert/strict';
import { addDays } from '../../src/core/days/calendar';
import { resetTranslator, setDisplayLanguage } from '../../src/core/l10n';
import type { HistoryDay } from '../../src/core/days/history';
import { CHART, chartLayout } from '../../src/webview/historyView';
import { noDay, words } from './support/panelInput';

/** The display languages the product has translations for (and English). */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-br', 'ja', 'zh-cn'];

/** 14 days ending on a Thursday: every weekday twice. */
function series(): HistoryDay[] {
  return Array.from({ length: 14 }, (_, i) => ({ date: addDays('2026-11-26', i - 13), stats: { ...noDay } }));
}

describe('the chart\'s weekdays in narrow columns', function () {
  afterEach(resetTranslator);

  for (const language of LANGUAGES) {
    it(`${language}: the seven days of a week have seven different labels, each shorter than the full short form allows`, function () {
      setDisplayLanguage(language);
      const layout = chartLayout(series(), words, CHART.minWidth);
      assert.ok(layout.columns.every((column) => column.columnWidth < CHART.shortWeekdayBelow), 'the columns are narrow');
      const labels = layout.columns.map((column) => column.weekday);
      for (let start = 0; start + 7 <= labels.length; start++) {
        const week = labels.slice(start, start + 7);
        assert.equal(new Set(week).size, 7, `${language}: ${week.join(' ')}`);
      }
      for (const label of labels) {
        assert.ok(label.length > 0 && Array.from(label).length <= 3, `${language}: "${label}" is too long for a narrow column`);
      }
    });
  }

  it('pt-br: three letters where two collide ("seg" and "sex", "qua" and "qui")', function () {
    setDisplayLanguage('pt-br');
    const labels = chartLayout(series(), words, CHART.minWidth).columns.slice(-7).map((column) => column.weekday);
    assert.deepEqual(labels, ['sex', 'sáb', 'dom', 'seg', 'ter', 'qua', 'qui']);
  });

  it('de and en keep two letters, where two are enough', function () {
    setDisplayLanguage('de');
    assert.deepEqual(chartLayout(series(), words, CHART.minWidth).columns.slice(-7).map((column) => column.weekday), ['Fr', 'Sa', 'So', 'Mo', 'Di', 'Mi', 'Do']);
    setDisplayLanguage('en');
    assert.deepEqual(chartLayout(series(), words, CHART.minWidth).columns.slice(-7).map((column) => column.weekday), ['Fr', 'Sa', 'Su', 'Mo', 'Tu', 'We', 'Th']);
  });
});

describe('the word for today under today\'s column', function () {
  afterEach(resetTranslator);
  const todayIn = (language: string, today: string, width: number) => {
    setDisplayLanguage(language);
    return chartLayout(series(), { ...words, text: { ...words.text, today } }, width).columns[13].weekday;
  };

  it('is shown where it fits its column: "Today", "Heute", "Hoy", "Hoje", "今日", "今天"', function () {
    for (const [language, today] of [['en', 'Today'], ['de', 'Heute'], ['es', 'Hoy'], ['pt-br', 'Hoje'], ['ja', '今日'], ['zh-cn', '今天']]) {
      assert.equal(todayIn(language, today, CHART.maxWidth), today, language);
    }
  });

  it('gives way to the weekday where it would be cut off or run into the next label (French "Aujourd\'hui")', function () {
    assert.equal(todayIn('fr', 'Aujourd\'hui', CHART.maxWidth), 'jeu.');
    assert.equal(todayIn('en', 'Today', CHART.minWidth), 'Th', 'narrow columns keep the weekday');
  });
});
