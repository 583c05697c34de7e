#include "MorningCheckDayDialog.h"

#include "DayScreen.h"
#include "EntryTable.h"
#include "domain/ValueFormat.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/staff/StaffKind.h"
#include "gui/ErrorDisplay.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

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

namespace houqin::gui::canteen {

namespace {
const QString kDate = QStringLiteral("date");
const QString kPerson = QStringLiteral("person");
const QString kTemp = QStringLiteral("temperature_c");
const QString kCheckedBy = QStringLiteral("checked_by");
const QString kAction = QStringLiteral("action");
const QString kReasons = QStringLiteral("reasons");

const QColor kUnfitText(0xb0, 0x00, 0x20), kUnfitBack(0xfd, 0xe2, 0xe1);

// Why a check is not fit for duty, in words ("fever; sore throat"), from the derived reasons.
QString reasonsTip(const Record& r, const RuleContext& ctx) {
    const DerivedDef* d = houqin::canteen::morningChecksKind().derivedField(kReasons);
    return d ? valuefmt::display(d->field, d->compute(r, ctx)) : QString();
}
const QColor kFitText(0x2e, 0x7d, 0x32);
const QColor kDoneText(0x80, 0x80, 0x80);
const QColor kPendingText(0x7a, 0x4f, 0x00);

constexpr Qt::ItemFlags kReadOnly = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
} // namespace

MorningCheckDayDialog::MorningCheckDayDialog(Database& db, QDate date, QWidget* parent)
    : DayEntryDialog(parent), m_db(db), m_kind(houqin::canteen::morningChecksKind()),
      m_date(new QDateEdit(date, this)), m_summary(new QLabel(this)), m_message(new QLabel(this)),
      m_save(new QPushButton(tr("&Save all"), this)) {
    setObjectName(QStringLiteral("morningCheckDayDialog"));
    setWindowTitle(tr("Morning check of the canteen staff"));

    // Columns: the person, then every item of the check as the kind declares it, the verdict before the
    // action taken, and whether the worker is checked already.
    for (const FieldDef& f : m_kind.fields) {
        if (f.key == kDate || f.key == kCheckedBy)
            continue;
        if (f.key == kAction)
            m_columns << kVerdictColumn;
        m_columns << f.key;
    }
    m_columns << kStateColumn;
    m_table = new EntryTable(int(m_columns.size()), this);
    m_table->setObjectName(QStringLiteral("checkTable"));
    m_table->setEnterMoves(EntryTable::EnterMoves::Down);
    QStringList headers;
    for (const QString& key : m_columns) {
        if (key == kStateColumn) {
            headers << tr("State");
            continue;
        }
        headers << columnHeader(*m_kind.anyField(key));
    }
    m_table->setHorizontalHeaderLabels(headers);
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(48);
    for (int c = 0; c < m_columns.size(); ++c) {
        const FieldDef* f = m_kind.anyField(m_columns.at(c));
        const bool tick = f && f->type == FieldType::Bool;
        m_table->setColumnWidth(c, tick ? 76 : 96);
    }
    header->setSectionResizeMode(int(column(kAction)), QHeaderView::Stretch);
    header->setSectionResizeMode(int(column(kStateColumn)), QHeaderView::ResizeToContents);
    header->setFixedHeight(header->fontMetrics().lineSpacing() * 2 + 12);
    m_table->verticalHeader()->hide();

    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    QString lastChecker;
    if (auto latest = RecordRepository(db, m_kind).latest(); latest && *latest)
        lastChecker = (*latest)->value(kCheckedBy).toString();
    m_checker = createPersonCombo(db, lastChecker, this);
    m_checker->setObjectName(QStringLiteral("checkerComboBox"));

    auto* top = new QHBoxLayout;
    auto* dateLabel = new QLabel(trLabel(m_kind.field(kDate)->label) + QLatin1Char(':'), this);
    dateLabel->setBuddy(m_date);
    auto* checkerLabel = new QLabel(trLabel(m_kind.field(kCheckedBy)->label) + QLatin1Char(':'), this);
    checkerLabel->setBuddy(m_checker);
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(16);
    top->addWidget(checkerLabel);
    top->addWidget(m_checker);
    const QStringList campuses = db.settings().campuses;
    if (campuses.size() > 1) {
        m_campus = new QComboBox(this);
        m_campus->setObjectName(QStringLiteral("campusComboBox"));
        m_campus->addItem(tr("All campuses"), QString());
        for (const QString& c : campuses)
            m_campus->addItem(c, c);
        auto* campusLabel = new QLabel(tr("Campus:"), this);
        campusLabel->setBuddy(m_campus);
        top->addSpacing(16);
        top->addWidget(campusLabel);
        top->addWidget(m_campus);
        connect(m_campus, &QComboBox::currentIndexChanged, this, &MorningCheckDayDialog::applyCampus);
    }
    top->addStretch(1);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    auto* hint = new QLabel(tr("Type each worker's temperature; Enter goes to the next worker. Every item "
                               "starts as fine: untick or tick only what is not. Ctrl+S saves all rows."),
                            this);
    hint->setWordWrap(true);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    QDialogButtonBox* buttons = buttonRow(m_save, tr("Saves every checked row at once (%1)"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &MorningCheckDayDialog::onItemChanged);
    connect(m_table, &EntryTable::cellTextEdited, this, [this](int row, int c, const QString& text) {
        if (c == column(kTemp))
            updateVerdict(row, text);
    });
    connect(m_date, &QDateEdit::dateChanged, this, &MorningCheckDayDialog::loadDay);

    loadDay();
    resize(1000, 560);
    QTimer::singleShot(0, this, [this] {
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (m_table->isStop(row, column(kTemp))) {
                m_table->startTypingAt(row, column(kTemp));
                return;
            }
    });
}

void MorningCheckDayDialog::loadDay() {
    const QDate day = m_date->date();
    const RecordKind& staffKind = houqin::staff::staffKind();
    ListQuery sq;
    sq.equals = {{QStringLiteral("post"), QStringLiteral("canteen")},
                 {QStringLiteral("status"), QStringLiteral("active")}};
    sq.sortField = staffKind.titleField;
    sq.sortDescending = false;
    auto workers = RecordRepository(m_db, staffKind).list(sq);
    ListQuery cq;
    cq.equals = {{kDate, day}};
    auto checks = RecordRepository(m_db, m_kind).list(cq);
    if (!workers || !checks) {
        showError(this, tr("Could not read the canteen staff"), workers ? checks.error() : workers.error());
        return;
    }
    QHash<QString, Record> done;
    for (const Record& r : *checks)
        done.insert(r.value(kPerson).toString(), r);

    m_filling = true;
    m_table->setRowCount(0);
    QStringList listed;
    for (const Record& w : *workers) {
        const QString name = w.value(staffKind.titleField).toString();
        if (name.isEmpty() || listed.contains(name))
            continue;
        listed << name;
        auto it = done.constFind(name);
        addRow(name, w.value(QStringLiteral("campus")).toString(), it == done.cend() ? nullptr : &it.value());
    }
    // Someone checked who is not (or no longer) on the canteen staff list is shown too: the day's record
    // should be complete.
    for (auto it = done.cbegin(); it != done.cend(); ++it)
        if (!listed.contains(it.key()))
            addRow(it.key(), QString(), &it.value());
    m_filling = false;

    int checked = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        checked += isDone(row) ? 1 : 0;
    m_summary->setText(workers->isEmpty()
                           ? tr("No active canteen staff: add them in the staff list with the post "
                                "\"Canteen staff\".")
                           : tr("%1: %2 canteen workers, %3 checked already.")
                                 .arg(day.toString(Qt::ISODate))
                                 .arg(workers->size())
                                 .arg(checked));
    applyCampus();
}

void MorningCheckDayDialog::addRow(const QString& person, const QString& campus, const Record* done) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const RuleContext ctx = m_db.ruleContext();
    for (int c = 0; c < m_columns.size(); ++c) {
        const QString& key = m_columns.at(c);
        const FieldDef* f = m_kind.anyField(key);
        auto* it = new QTableWidgetItem;
        if (key == kPerson) {
            it->setText(person);
            it->setFlags(kReadOnly);
            it->setData(kCampusRole, campus);
        } else if (key == kStateColumn) {
            it->setFlags(kReadOnly);
            if (done) {
                it->setText(tr("Checked by %1").arg(done->value(kCheckedBy).toString()));
            } else {
                it->setText(tr("Not checked yet"));
                it->setForeground(kPendingText);
            }
        } else if (key == kVerdictColumn) {
            it->setFlags(kReadOnly);
            it->setTextAlignment(Qt::AlignCenter);
        } else if (f && f->type == FieldType::Bool) {
            const bool on = done ? done->value(key).toBool() : f->defaultValue.toBool();
            it->setFlags(done ? kReadOnly : (kReadOnly | Qt::ItemIsUserCheckable));
            it->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        } else {
            it->setText(done ? valuefmt::display(*f, done->value(key)) : QString());
            it->setFlags(done ? kReadOnly : (kReadOnly | Qt::ItemIsEditable));
            if (f && f->type == FieldType::Decimal)
                it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (done && key != kVerdictColumn)
            it->setForeground(kDoneText);
        m_table->setItem(row, c, it);
    }
    if (done) {
        QTableWidgetItem* verdict = m_table->item(row, column(kVerdictColumn));
        const QString key = m_kind.derivedField(kVerdictColumn)->compute(*done, ctx).toString();
        const ChoiceDef* choice = m_kind.anyField(kVerdictColumn)->choice(key);
        verdict->setText(choice ? trLabel(choice->label) : QString());
        verdict->setData(kVerdictKeyRole, key);
        verdict->setForeground(key == QStringLiteral("unfit") ? kUnfitText : kDoneText);
        verdict->setToolTip(reasonsTip(*done, ctx));
    }
}

QStringList MorningCheckDayDialog::people() const {
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out << m_table->item(row, column(kPerson))->text();
    return out;
}

int MorningCheckDayDialog::rowOf(const QString& person) const {
    return int(people().indexOf(person));
}

bool MorningCheckDayDialog::isDone(int row) const {
    // A done row has no cell that takes input.
    const QTableWidgetItem* temp = m_table->item(row, column(kTemp));
    return temp && !(temp->flags() & Qt::ItemIsEditable);
}

QString MorningCheckDayDialog::verdictKeyAt(int row) const {
    const QTableWidgetItem* it = m_table->item(row, column(kVerdictColumn));
    return it ? it->data(kVerdictKeyRole).toString() : QString();
}

QString MorningCheckDayDialog::issueAt(int row, const QString& fieldKey) const {
    return m_table->issueAt(row, column(fieldKey));
}

bool MorningCheckDayDialog::rowIsTouched(int row) const {
    if (isDone(row))
        return false;
    for (int c = 0; c < m_columns.size(); ++c) {
        const FieldDef* f = m_kind.field(m_columns.at(c));
        const QTableWidgetItem* it = m_table->item(row, c);
        if (!f || !it || f->key == kPerson)
            continue;
        if (f->type == FieldType::Bool) {
            if ((it->checkState() == Qt::Checked) != f->defaultValue.toBool())
                return true;
        } else if (!it->text().trimmed().isEmpty()) {
            return true;
        }
    }
    return false;
}

Record MorningCheckDayDialog::recordOf(int row, QString* problem, int* problemColumn) const {
    Record r;
    r.set(kDate, m_date->date());
    const QString checker = m_checker->currentText().trimmed();
    r.set(kCheckedBy, checker.isEmpty() ? QVariant() : QVariant(checker));
    for (int c = 0; c < m_columns.size(); ++c) {
        const FieldDef* f = m_kind.field(m_columns.at(c));
        const QTableWidgetItem* it = m_table->item(row, c);
        if (!f || !it)
            continue;
        if (f->type == FieldType::Bool) {
            r.set(f->key, it->checkState() == Qt::Checked);
            continue;
        }
        const valuefmt::Parsed parsed = valuefmt::parse(*f, it->text());
        if (!parsed.ok() && problem && problem->isEmpty()) {
            *problem = parsed.error;
            if (problemColumn)
                *problemColumn = c;
        }
        r.set(f->key, parsed.ok() ? parsed.value : QVariant());
    }
    return r;
}

void MorningCheckDayDialog::updateVerdict(int row, const QString& temperatureText) {
    if (isDone(row))
        return;
    QTableWidgetItem* verdict = m_table->item(row, column(kVerdictColumn));
    QTableWidgetItem* state = m_table->item(row, column(kStateColumn));
    if (!verdict || !state)
        return;
    m_filling = true;
    const valuefmt::Parsed temp = valuefmt::parse(*m_kind.field(kTemp), temperatureText);
    Record r = recordOf(row, nullptr, nullptr);
    r.set(kTemp, temp.ok() ? temp.value : QVariant());
    QString problem = temp.error;
    if (temp.ok() && !temp.value.isNull())
        for (const Issue& i : validateRecord(m_kind, r, m_db.ruleContext()))
            if (i.field == kTemp && i.isError())
                problem = i.message;
    if (!problem.isEmpty() || temp.value.isNull()) {
        verdict->setText(problem.isEmpty() ? QString() : QStringLiteral("?"));
        verdict->setData(kVerdictKeyRole, QString());
        verdict->setForeground(kUnfitText);
        verdict->setBackground(QBrush());
        verdict->setToolTip(problem);
    } else {
        const RuleContext ctx = m_db.ruleContext();
        const QString key = m_kind.derivedField(kVerdictColumn)->compute(r, ctx).toString();
        const ChoiceDef* choice = m_kind.anyField(kVerdictColumn)->choice(key);
        const bool unfit = key == QStringLiteral("unfit");
        verdict->setText(choice ? trLabel(choice->label) : QString());
        verdict->setData(kVerdictKeyRole, key);
        verdict->setForeground(unfit ? kUnfitText : kFitText);
        verdict->setBackground(unfit ? QBrush(kUnfitBack) : QBrush());
        QFont font = verdict->font();
        font.setBold(unfit);
        verdict->setFont(font);
        verdict->setToolTip(reasonsTip(r, ctx));
    }
    const bool touched = !temperatureText.trimmed().isEmpty() || rowIsTouched(row);
    state->setText(touched ? tr("To be saved") : tr("Not checked yet"));
    m_filling = false;
}

void MorningCheckDayDialog::onItemChanged(QTableWidgetItem* item) {
    if (m_filling || !item)
        return;
    m_table->clearIssue(item);
    if (const QTableWidgetItem* temp = m_table->item(item->row(), column(kTemp)))
        updateVerdict(item->row(), temp->text());
}

void MorningCheckDayDialog::applyCampus() {
    const QString campus = m_campus ? m_campus->currentData().toString() : QString();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString rowCampus = m_table->item(row, column(kPerson))->data(kCampusRole).toString();
        m_table->setRowHidden(row, !campus.isEmpty() && !rowCampus.isEmpty() && rowCampus != campus);
    }
}

bool MorningCheckDayDialog::save() {
    m_table->clearIssues();
    m_message->hide();
    QList<Record> records;
    QList<int> rowOfRecord;
    QStringList problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->isRowHidden(row) || !rowIsTouched(row))
            continue;
        QString problem;
        int problemColumn = -1;
        Record r = recordOf(row, &problem, &problemColumn);
        if (!problem.isEmpty()) {
            m_table->markIssue(row, problemColumn, problem);
            problems << tr("%1: %2").arg(m_table->item(row, column(kPerson))->text(), problem);
            continue;
        }
        r.set(kPerson, m_table->item(row, column(kPerson))->text());
        records << r;
        rowOfRecord << row;
    }
    if (problems.isEmpty() && records.isEmpty()) {
        problems << tr("Type the temperature of at least one worker.");
    } else if (problems.isEmpty()) {
        auto ids = RecordRepository(m_db, m_kind).insertAll(records, Actor::systemUser());
        if (ids) {
            m_savedCount = int(ids->size());
            m_unfitCount = 0;
            for (const Record& r : records)
                m_unfitCount += houqin::canteen::fitForDuty(r, m_db.settings()) ? 0 : 1;
            return true;
        }
        if (ids.error().code != Error::Code::Validation) {
            showError(this, tr("Could not save the morning checks"), ids.error());
            return false;
        }
        for (const BatchIssue& issue : batchIssues(ids.error().issues)) {
            const int row = issue.index < rowOfRecord.size() ? rowOfRecord.at(issue.index) : -1;
            const int c = column(issue.field);
            if (row >= 0 && c >= 0 && issue.field != kPerson) {
                m_table->markIssue(row, c, issue.message);
                problems << tr("%1: %2").arg(m_table->item(row, column(kPerson))->text(), issue.message);
            } else if (!problems.contains(issue.message)) {
                problems << issue.message; // date or checker: the same for every row
            }
        }
    }
    m_message->setText(tr("Nothing was saved.") + QLatin1Char(' ') + problems.join(QLatin1Char('\n')));
    m_message->show();
    return false;
}

int MorningCheckDayDialog::unsavedRows() const {
    int touched = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        touched += rowIsTouched(row) ? 1 : 0;
    return touched;
}

} // namespace houqin::gui::canteen
