#include "PesticideDayDialog.h"

#include "DayScreen.h"
#include "EntryTable.h"
#include "domain/ValueFormat.h"
#include "domain/canteen/PesticideTests.h"
#include "gui/ErrorDisplay.h"
#include "gui/Preferences.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/canteen/DeliveryQueries.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace houqin::gui::canteen {

namespace {
const QString kDate = QStringLiteral("date");
const QString kSample = QStringLiteral("sample");
const QString kSupplier = QStringLiteral("supplier");
const QString kBatch = QStringLiteral("batch");
const QString kRate = QStringLiteral("inhibition_pct");
const QString kTester = QStringLiteral("tester");
const QString kResult = QStringLiteral("result");

const QColor kFailText(0xb0, 0x00, 0x20), kFailBack(0xfd, 0xe2, 0xe1);
const QColor kPassText(0x2e, 0x7d, 0x32);

QTableWidgetItem* readOnlyItem(const QString& text) {
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return it;
}

// Paints a result cell: 不合格 in red on pink, 合格 in green.
void paintResult(QTableWidgetItem* it, const FieldDef& resultField, const QString& key) {
    const ChoiceDef* c = resultField.choice(key);
    it->setText(c ? trLabel(c->label) : QString());
    it->setData(PesticideDayDialog::kResultKeyRole, key);
    const bool fail = key == QStringLiteral("fail");
    it->setForeground(fail ? kFailText : kPassText);
    it->setBackground(fail ? QBrush(kFailBack) : QBrush());
    QFont f = it->font();
    f.setBold(fail);
    it->setFont(f);
}
} // namespace

PesticideDayDialog::PesticideDayDialog(Database& db, QDate date, QWidget* parent)
    : DayEntryDialog(parent), m_db(db), m_kind(houqin::canteen::pesticideTestsKind()),
      m_date(new QDateEdit(date, this)), m_savedTitle(new QLabel(this)),
      m_saved(new QTableWidget(0, 6, this)), m_table(new EntryTable(ColumnCount, this)),
      m_message(new QLabel(this)), m_save(new QPushButton(tr("&Save all"), this)) {
    setObjectName(QStringLiteral("pesticideDayDialog"));
    setWindowTitle(tr("Pesticide tests of the day"));

    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The person who tested last usually tests today too.
    QString lastTester;
    if (auto latest = RecordRepository(db, m_kind).latest(); latest && *latest)
        lastTester = (*latest)->value(kTester).toString();
    m_tester = createPersonCombo(db, lastTester, this);
    m_tester->setObjectName(QStringLiteral("testerComboBox"));

    auto* top = new QHBoxLayout;
    auto* dateLabel = new QLabel(trLabel(m_kind.field(kDate)->label) + QLatin1Char(':'), this);
    dateLabel->setBuddy(m_date);
    auto* testerLabel = new QLabel(trLabel(m_kind.field(kTester)->label) + QLatin1Char(':'), this);
    testerLabel->setBuddy(m_tester);
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(16);
    top->addWidget(testerLabel);
    top->addWidget(m_tester);
    top->addStretch(1);

    m_savedTitle->setObjectName(QStringLiteral("savedTitleLabel"));
    m_saved->setObjectName(QStringLiteral("savedTable"));
    m_saved->setHorizontalHeaderLabels(
        {trLabel(m_kind.field(kSample)->label), trLabel(m_kind.field(kSupplier)->label),
         trLabel(m_kind.field(kBatch)->label), columnHeader(*m_kind.field(kRate)),
         trLabel(m_kind.anyField(kResult)->label), trLabel(m_kind.field(kTester)->label)});
    m_saved->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_saved->setFocusPolicy(Qt::NoFocus);
    m_saved->setSelectionMode(QAbstractItemView::NoSelection);
    m_saved->verticalHeader()->hide();
    m_saved->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_saved->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch); // the vegetable
    m_saved->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch); // the supplier
    m_saved->verticalHeader()->setDefaultSectionSize(m_saved->fontMetrics().height() + 8);

    m_table->setObjectName(QStringLiteral("entryTable"));
    m_table->setHorizontalHeaderLabels(
        {trLabel(m_kind.field(kSample)->label), trLabel(m_kind.field(kSupplier)->label),
         trLabel(m_kind.field(kBatch)->label), columnHeader(*m_kind.field(kRate)),
         trLabel(m_kind.anyField(kResult)->label)});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    // A batch number is short ("0907-2"): the vegetable and its supplier keep the room.
    m_table->horizontalHeader()->setSectionResizeMode(BatchColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(BatchColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 14);
    m_table->setEnterMoves(EntryTable::EnterMoves::Next);
    // Vegetables tested before come back as suggestions.
    {
        ListQuery q;
        q.limit = 500;
        QStringList samples;
        if (auto recent = RecordRepository(db, m_kind).list(q))
            for (const Record& r : *recent)
                if (const QString s = r.value(kSample).toString(); !s.isEmpty() && !samples.contains(s))
                    samples << s;
        samples.sort();
        m_table->setSuggestions(SampleColumn, samples);
    }

    auto* entryTitle = new QLabel(
        tr("Type each vegetable, its supplier, the batch (optional) and the inhibition rate. Enter or Tab "
           "moves on; a new row appears after the last one. Ctrl+S saves all rows."),
        this);
    entryTitle->setWordWrap(true);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    QDialogButtonBox* buttons = buttonRow(m_save, tr("Saves every row at once (%1)"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_savedTitle);
    layout->addWidget(m_saved);
    layout->addWidget(entryTitle);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &PesticideDayDialog::onItemChanged);
    connect(m_table, &EntryTable::cellTextEdited, this, [this](int row, int column, const QString& text) {
        if (column == RateColumn)
            showResult(row, text);
    });
    connect(m_date, &QDateEdit::dateChanged, this, &PesticideDayDialog::loadDay);

    loadDay();
    addEmptyRow();
    resize(900, 600);
    QTimer::singleShot(0, this, [this] { m_table->startTypingAt(0, SampleColumn); });
}

void PesticideDayDialog::loadDay() {
    const QDate day = m_date->date();
    // Suppliers: the day's deliveries first, then every supplier in use.
    const QString oldSingle = m_delivered.size() == 1 ? m_delivered.first() : QString();
    m_delivered = houqin::canteen::suppliersDeliveredOn(m_db, day);
    m_table->setSuggestions(SupplierColumn, supplierSuggestions());
    const QString single = m_delivered.size() == 1 ? m_delivered.first() : QString();
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (QTableWidgetItem* it = m_table->item(row, SupplierColumn); it && it->text() == oldSingle)
            it->setText(single);
    m_filling = false;

    ListQuery q;
    q.equals = {{kDate, day}};
    auto saved = RecordRepository(m_db, m_kind).list(q);
    QList<Record> rows = saved ? *saved : QList<Record>();
    std::sort(rows.begin(), rows.end(), [](const Record& a, const Record& b) { return a.id < b.id; });
    m_saved->setRowCount(int(rows.size()));
    const FieldDef& resultField = m_kind.anyField(kResult) ? *m_kind.anyField(kResult) : FieldDef();
    const RuleContext ctx = m_db.ruleContext();
    for (int i = 0; i < rows.size(); ++i) {
        const Record& r = rows.at(i);
        m_saved->setItem(i, 0, readOnlyItem(r.value(kSample).toString()));
        m_saved->setItem(i, 1, readOnlyItem(r.value(kSupplier).toString()));
        auto* rate = readOnlyItem(valuefmt::display(*m_kind.field(kRate), r.value(kRate)));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_saved->setItem(i, 2, readOnlyItem(r.value(kBatch).toString()));
        m_saved->setItem(i, 3, rate);
        auto* result = readOnlyItem(QString());
        paintResult(result, resultField, m_kind.derivedField(kResult)->compute(r, ctx).toString());
        m_saved->setItem(i, 4, result);
        m_saved->setItem(i, 5, readOnlyItem(r.value(kTester).toString()));
    }
    m_savedTitle->setText(
        rows.isEmpty()
            ? tr("No tests saved for %1 yet.").arg(day.toString(Qt::ISODate))
            : tr("Already saved for %1: %2 tests").arg(day.toString(Qt::ISODate)).arg(rows.size()));
    m_saved->setVisible(!rows.isEmpty());
    // As tall as its rows, up to five; more scroll, so the rows being typed keep the room.
    m_saved->setFixedHeight(m_saved->horizontalHeader()->sizeHint().height() +
                            int(qMin<qsizetype>(rows.size(), 5)) *
                                m_saved->verticalHeader()->defaultSectionSize() +
                            2 * m_saved->frameWidth());
    if (!saved)
        showError(this, tr("Could not read the day's tests"), saved.error());
}

QStringList PesticideDayDialog::supplierSuggestions() const {
    QStringList all = m_delivered;
    for (const QString& s : houqin::canteen::suppliersInUse(m_db))
        if (!all.contains(s))
            all << s;
    return all;
}

void PesticideDayDialog::addEmptyRow() {
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, SampleColumn, new QTableWidgetItem(QString()));
    m_table->setItem(row, SupplierColumn,
                     new QTableWidgetItem(m_delivered.size() == 1 ? m_delivered.first() : QString()));
    m_table->setItem(row, BatchColumn, new QTableWidgetItem(QString()));
    auto* rate = new QTableWidgetItem(QString());
    rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, RateColumn, rate);
    auto* result = readOnlyItem(QString());
    result->setTextAlignment(Qt::AlignCenter);
    m_table->setItem(row, ResultColumn, result);
    m_filling = false;
}

bool PesticideDayDialog::rowIsEmpty(int row) const {
    // A prefilled supplier alone is not a test.
    for (int column : {int(SampleColumn), int(BatchColumn), int(RateColumn)})
        if (const QTableWidgetItem* it = m_table->item(row, column); it && !it->text().trimmed().isEmpty())
            return false;
    return true;
}

void PesticideDayDialog::keepOneEmptyRow() {
    if (m_table->rowCount() == 0 || !rowIsEmpty(m_table->rowCount() - 1))
        addEmptyRow();
}

void PesticideDayDialog::onItemChanged(QTableWidgetItem* item) {
    if (m_filling || !item)
        return;
    if (item->column() == ResultColumn)
        return;
    m_table->clearIssue(item);
    if (item->column() == RateColumn)
        showResult(item->row(), item->text());
    keepOneEmptyRow();
}

void PesticideDayDialog::showResult(int row, const QString& rateText) {
    QTableWidgetItem* result = m_table->item(row, ResultColumn);
    if (!result)
        return;
    m_filling = true;
    const FieldDef& rateField = *m_kind.field(kRate);
    const valuefmt::Parsed parsed = valuefmt::parse(rateField, rateText);
    QString problem = parsed.error;
    if (parsed.ok() && !parsed.value.isNull()) {
        // The kind's own range check, so the preview says what saving would say.
        Record probe;
        probe.set(kRate, parsed.value);
        for (const Issue& i : validateRecord(m_kind, probe, m_db.ruleContext()))
            if (i.field == kRate && i.isError())
                problem = i.message;
    }
    if (!problem.isEmpty()) {
        result->setText(QStringLiteral("?"));
        result->setData(kResultKeyRole, QString());
        result->setForeground(kFailText);
        result->setBackground(QBrush());
        result->setToolTip(problem);
    } else if (parsed.value.isNull()) {
        result->setText(QString());
        result->setData(kResultKeyRole, QString());
        result->setToolTip(QString());
    } else {
        Record probe;
        probe.set(kRate, parsed.value);
        paintResult(result, *m_kind.anyField(kResult),
                    m_kind.derivedField(kResult)->compute(probe, m_db.ruleContext()).toString());
        result->setToolTip(QString());
    }
    m_filling = false;
}

QString PesticideDayDialog::resultKeyAt(int row) const {
    const QTableWidgetItem* it = m_table->item(row, ResultColumn);
    return it ? it->data(kResultKeyRole).toString() : QString();
}

QString PesticideDayDialog::issueAt(int row, int column) const {
    return m_table->issueAt(row, column);
}

int PesticideDayDialog::columnOfField(const QString& fieldKey) const {
    if (fieldKey == kSample)
        return SampleColumn;
    if (fieldKey == kSupplier)
        return SupplierColumn;
    if (fieldKey == kBatch)
        return BatchColumn;
    if (fieldKey == kRate)
        return RateColumn;
    return -1;
}

bool PesticideDayDialog::save() {
    m_table->clearIssues();
    m_message->hide();
    QList<Record> records;
    QList<int> rowOf; // the table row of each record
    QStringList problems;
    const QString tester = m_tester->currentText().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (rowIsEmpty(row))
            continue;
        const valuefmt::Parsed rate =
            valuefmt::parse(*m_kind.field(kRate), m_table->item(row, RateColumn)->text());
        if (!rate.ok()) {
            m_table->markIssue(row, RateColumn, rate.error);
            problems << tr("Row %1: %2").arg(row + 1).arg(rate.error);
            continue;
        }
        Record r;
        r.set(kDate, m_date->date());
        r.set(kSample, m_table->item(row, SampleColumn)->text().trimmed());
        const QString supplier = m_table->item(row, SupplierColumn)->text().trimmed();
        r.set(kSupplier, supplier.isEmpty() ? QVariant() : QVariant(supplier));
        const QString batch = m_table->item(row, BatchColumn)->text().trimmed();
        r.set(kBatch, batch.isEmpty() ? QVariant() : QVariant(batch));
        r.set(kRate, rate.value);
        r.set(kTester, tester.isEmpty() ? QVariant() : QVariant(tester));
        r.set(QStringLiteral("campus"), prefs::currentCampus(m_db.settings())); // the status-bar campus
        records << r;
        rowOf << row;
    }
    if (problems.isEmpty() && records.isEmpty()) {
        problems << tr("Type at least one vegetable and its inhibition rate.");
    } else if (problems.isEmpty()) {
        auto ids = RecordRepository(m_db, m_kind).insertAll(records, Actor::systemUser());
        if (ids) {
            m_savedCount = int(ids->size());
            m_positiveCount = int(std::count_if(records.cbegin(), records.cend(), [this](const Record& r) {
                return houqin::canteen::needsHandling(r, m_db.settings());
            }));
            return true;
        }
        if (ids.error().code != Error::Code::Validation) {
            showError(this, tr("Could not save the tests"), ids.error());
            return false;
        }
        for (const BatchIssue& issue : batchIssues(ids.error().issues)) {
            const int row = issue.index < rowOf.size() ? rowOf.at(issue.index) : -1;
            const int column = columnOfField(issue.field);
            if (row >= 0 && column >= 0) {
                m_table->markIssue(row, column, issue.message);
                problems << tr("Row %1: %2").arg(row + 1).arg(issue.message);
            } else if (!problems.contains(issue.message)) {
                problems << issue.message; // date or tester: the same for every row
            }
        }
    }
    m_message->setText(tr("Nothing was saved.") + QLatin1Char(' ') + problems.join(QLatin1Char('\n')));
    m_message->show();
    return false;
}

int PesticideDayDialog::unsavedRows() const {
    int typed = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        typed += rowIsEmpty(row) ? 0 : 1;
    return typed;
}

} // namespace houqin::gui::canteen
