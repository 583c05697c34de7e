#include "AppraisalMonthPage.h"

#include "StaffNames.h"
#include "domain/ValueFormat.h"
#include "domain/staff/TrainingKinds.h"
#include "gui/ErrorDisplay.h"
#include "gui/plan/PlanTaskOffer.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace houqin::gui::staff {

namespace t = houqin::staff::training;
using houqin::staff::appraisalsKind;

namespace {

// Enter in a score moves on like Tab: the next score of the row, then the first of the next row.
class ScoreDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool eventFilter(QObject* editor, QEvent* event) override {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                auto* w = qobject_cast<QWidget*>(editor);
                Q_EMIT commitData(w);
                Q_EMIT closeEditor(w, QAbstractItemDelegate::EditNextItem);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(editor, event);
    }
};

QTableWidgetItem* readOnlyItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    // Not enabled: Tab and Enter pass over it to the next score.
    item->setFlags(Qt::NoItemFlags);
    return item;
}

} // namespace

ModuleView* createAppraisalMonth(Database& db, QWidget* parent) {
    return new AppraisalMonthPage(db, parent);
}

AppraisalMonthPage::AppraisalMonthPage(Database& db, QWidget* parent) : ModuleView(parent), m_db(db) {
    setObjectName(QStringLiteral("appraisalMonthPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("&Month:"), this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("appraisalMonthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setDate(houqin::staff::firstOfMonth(db.now().date()));
    label->setBuddy(m_month);
    m_save = new QPushButton(tr("&Save the month's appraisals"), this);
    m_save->setObjectName(QStringLiteral("appraisalSaveButton"));
    bar->addWidget(label);
    bar->addWidget(m_month);
    bar->addStretch();
    bar->addWidget(m_save);
    layout->addLayout(bar);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("appraisalTable"));
    m_table->setItemDelegate(new ScoreDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::CurrentChanged);
    m_table->setTabKeyNavigation(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("appraisalMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling)
            load();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_table, &QTableWidget::cellChanged, this, &AppraisalMonthPage::cellChanged);
}

QDate AppraisalMonthPage::currentMonth() const {
    return houqin::staff::firstOfMonth(m_month->date());
}

bool AppraisalMonthPage::hasChanges() const {
    for (const Row& r : m_rows)
        if (r.changed)
            return true;
    return false;
}

void AppraisalMonthPage::refresh() {
    if (!hasChanges()) // never throw away typed scores because the tab was shown again
        load();
}

void AppraisalMonthPage::load() {
    m_filling = true;
    m_items = m_db.settings().appraisalRubric;
    m_rows.clear();
    // The month's stored appraisals, whole.
    RecordRepository repo(m_db, appraisalsKind());
    ListQuery q;
    q.equals << qMakePair(t::kMonth, QVariant(currentMonth()));
    q.sortField = t::kPerson;
    q.sortDescending = false;
    QHash<QString, Record> stored;
    if (auto list = repo.list(q)) {
        for (const Record& r : *list)
            if (auto whole = repo.get(r.id))
                stored.insert(whole->value(t::kPerson).toString(), *whole);
    } else {
        m_message->setText(list.error().message);
    }
    QStringList people = activeStaffNames(m_db);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (!people.contains(it.key()))
            people << it.key(); // appraised this month, left since: still shown
    for (const QString& p : people)
        m_rows << Row{p, stored.value(p), false};

    const int n = int(m_items.size());
    m_table->clear();
    m_table->setRowCount(int(m_rows.size()));
    m_table->setColumnCount(n + 2);
    QStringList headers;
    for (const RubricItem& item : m_items)
        headers << QStringLiteral("%1 (%2%)").arg(item.name, QString::number(item.weight));
    headers << appraisalsKind().anyField(t::kTotal)->displayLabel()
            << appraisalsKind().anyField(t::kGrade)->displayLabel();
    m_table->setHorizontalHeaderLabels(headers);
    QStringList names;
    for (const Row& r : m_rows)
        names << r.person;
    m_table->setVerticalHeaderLabels(names);
    const FieldDef& score = *appraisalsKind().lines->field(t::kScore);
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int c = 0; c < n; ++c) {
            QString text;
            for (const Record& line : m_rows[row].stored.lines)
                if (line.value(t::kItem).toString() == m_items[c].name)
                    text = valuefmt::display(score, line.value(t::kScore));
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        m_table->setItem(row, n, readOnlyItem(QString()));
        m_table->setItem(row, n + 1, readOnlyItem(QString()));
        refreshTotal(row);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    int done = 0;
    for (const Row& r : m_rows)
        done += r.stored.id ? 1 : 0;
    //: zh_CN "%1 人中已考核 %2 人。分数 0–100，Tab 或回车到下一格。"
    m_message->setText(tr("%1 of %2 people appraised. Scores 0–100; Tab or Enter moves to the next one.")
                           .arg(done)
                           .arg(m_rows.size()));
    m_message->setStyleSheet(QString());
    m_filling = false;
    if (!m_rows.isEmpty() && n > 0)
        m_table->setCurrentCell(0, 0);
}

QVariant AppraisalMonthPage::cellScore(int row, int column, bool* ok) const {
    const QTableWidgetItem* item = m_table->item(row, column);
    const QString text = item ? item->text().trimmed() : QString();
    *ok = true;
    if (text.isEmpty())
        return {};
    const valuefmt::Parsed p = valuefmt::parse(*appraisalsKind().lines->field(t::kScore), text);
    const double v = p.value.toDouble();
    *ok = p.ok() && !p.value.isNull() && v >= 0 && v <= 100;
    return *ok ? p.value : QVariant();
}

void AppraisalMonthPage::cellChanged(int row, int column) {
    if (m_filling || row < 0 || row >= m_rows.size() || column >= m_items.size())
        return;
    m_rows[row].changed = true;
    bool ok = true;
    (void)cellScore(row, column, &ok);
    m_filling = true;
    QTableWidgetItem* item = m_table->item(row, column);
    item->setBackground(ok ? QBrush() : QBrush(QColor(0xf8, 0xd7, 0xda)));
    //: zh_CN "分数须为 0 到 100 之间的数字。"
    item->setToolTip(ok ? QString() : tr("A score is a number from 0 to 100."));
    m_filling = false;
    refreshTotal(row);
}

void AppraisalMonthPage::refreshTotal(int row) {
    QList<Record> lines;
    for (int c = 0; c < m_items.size(); ++c) {
        bool ok = true;
        Record line;
        line.set(t::kWeight, m_items[c].weight);
        if (const QVariant v = cellScore(row, c, &ok); ok && !v.isNull())
            line.set(t::kScore, v);
        lines << line;
    }
    const auto total = houqin::staff::weightedTotal(lines);
    const FieldDef& totalField = *appraisalsKind().anyField(t::kTotal);
    const FieldDef& gradeField = *appraisalsKind().anyField(t::kGrade);
    const bool wasFilling = m_filling;
    m_filling = true;
    const int n = int(m_items.size());
    m_table->item(row, n)->setText(total ? valuefmt::display(totalField, *total) : QString());
    m_table->item(row, n + 1)
        ->setText(total ? valuefmt::display(gradeField, houqin::staff::gradeOf(*total, m_db.settings()))
                        : QString());
    m_filling = wasFilling;
}

Record AppraisalMonthPage::rowRecord(int row, Issues* issues) const {
    const Row& r = m_rows.at(row);
    Record rec = r.stored;
    if (!rec.id) {
        rec = newRecord(appraisalsKind(), nullptr, m_db.ruleContext());
        rec.set(t::kMonth, currentMonth());
        rec.set(t::kPerson, r.person);
    }
    for (int c = 0; c < m_items.size(); ++c) {
        bool ok = true;
        const QVariant v = cellScore(row, c, &ok);
        const QString where = QStringLiteral("%1 · %2").arg(r.person, m_items[c].name);
        if (!ok || v.isNull()) {
            *issues << Issue::error(QString::number(row * 1000 + c),
                                    ok ? tr("%1: enter a score.").arg(where)
                                       : tr("%1: a score is a number from 0 to 100.").arg(where));
            continue;
        }
        bool found = false;
        for (Record& line : rec.lines)
            if (line.value(t::kItem).toString() == m_items[c].name) {
                line.set(t::kScore, v);
                found = true;
            }
        if (!found) { // an item added to the rubric after this appraisal was made
            Record line;
            line.set(t::kItem, m_items[c].name);
            line.set(t::kWeight, m_items[c].weight);
            line.set(t::kScore, v);
            rec.lines << line;
        }
    }
    return rec;
}

bool AppraisalMonthPage::save() {
    Issues issues;
    QList<Record> toWrite;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows[row].changed)
            continue;
        Issues rowIssues;
        const Record rec = rowRecord(row, &rowIssues);
        if (rowIssues.isEmpty())
            for (const Issue& i : validateRecord(appraisalsKind(), rec, m_db.ruleContext()))
                if (i.isError())
                    rowIssues << Issue::error(i.field,
                                              QStringLiteral("%1: %2").arg(m_rows[row].person, i.message));
        for (const Issue& i : rowIssues) {
            bool isCell = false;
            const int code = i.field.toInt(&isCell);
            if (isCell && m_table->item(code / 1000, code % 1000))
                m_table->item(code / 1000, code % 1000)->setBackground(QBrush(QColor(0xf8, 0xd7, 0xda)));
        }
        issues << rowIssues;
        toWrite << rec;
    }
    auto fail = [this](const QStringList& lines) {
        m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
        //: zh_CN "未保存："
        m_message->setText(tr("Nothing was saved:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return false;
    };
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const Issue& i : issues)
            lines << QStringLiteral("• ") + i.message;
        return fail(lines);
    }
    if (toWrite.isEmpty()) {
        m_message->setText(tr("No changes to save."));
        return true;
    }
    RecordRepository repo(m_db, appraisalsKind());
    const Actor who = Actor::systemUser();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return fail({s.error().message});
    for (const Record& rec : toWrite) {
        if (rec.id) {
            if (Status s = repo.update(rec, who); !s) {
                tx.rollback();
                return fail({rec.value(t::kPerson).toString() + QStringLiteral(": ") + s.error().message});
            }
        } else if (auto id = repo.insert(rec, who); !id) {
            tx.rollback();
            QString message = id.error().message;
            if (!id.error().issues.isEmpty())
                message = id.error().issues.first().message;
            return fail({rec.value(t::kPerson).toString() + QStringLiteral(": ") + message});
        }
    }
    if (Status s = tx.commit(); !s)
        return fail({s.error().message});
    const int saved = int(toWrite.size());
    load();
    //: zh_CN "已保存 %1 人的考核。"
    m_message->setText(tr("Saved the appraisals of %1 people.").arg(saved) + QLatin1Char(' ') +
                       m_message->text());
    Q_EMIT recordsChanged(appraisalsKind().key);
    Q_EMIT statusMessage(tr("Saved the appraisals of %1 people.").arg(saved));
    // Everyone appraised: the month's appraisal task of the plan can be ticked off.
    if (!m_rows.isEmpty() &&
        std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row& r) { return r.stored.id != 0; }))
        if (const QString done =
                plan::offerPlanTask(this, m_db, appraisalsKind(), m_rows.first().stored.id, true);
            !done.isEmpty())
            Q_EMIT statusMessage(done);
    return true;
}

} // namespace houqin::gui::staff
