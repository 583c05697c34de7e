#include "MonthReviewPage.h"

#include "NewSemesterDialog.h"
#include "PlanText.h"
#include "ProgressChart.h"
#include "RecurringDialog.h"
#include "TaskActions.h"
#include "domain/plan/PlanTasks.h"
#include "gui/ErrorDisplay.h"
#include "gui/Icons.h"
#include "gui/ReportDialog.h"
#include "storage/Database.h"
#include "storage/plan/PlanService.h"
#include "storage/plan/SemesterService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace houqin::gui::plan {

namespace tf = houqin::plan::taskfield;
using houqin::plan::PlanService;
using houqin::plan::Semester;
using houqin::plan::SemesterService;

namespace {
const QColor kOverdueText(0xb0, 0x00, 0x20), kOverdueBack(0xfd, 0xe2, 0xe1);
const QColor kThisWeekBack(0xff, 0xf1, 0xc7);
const QColor kDoneText(0x2e, 0x7d, 0x32), kClosedText(0x88, 0x88, 0x88);
const QString kPlanTasks = QStringLiteral("plan-tasks");
} // namespace

ModuleView* createMonthReview(Database& db, QWidget* parent) {
    return new MonthReviewPage(db, parent);
}

MonthReviewPage::MonthReviewPage(Database& db, QWidget* parent) : ModuleView(parent), m_db(db) {
    setObjectName(QStringLiteral("monthReviewPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* pickers = new QHBoxLayout;
    m_semester = new QComboBox(this);
    m_semester->setObjectName(QStringLiteral("semesterComboBox"));
    m_semester->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("monthComboBox"));
    m_month->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* semesterLabel = new QLabel(tr("&Semester:"), this);
    semesterLabel->setBuddy(m_semester);
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    pickers->addWidget(semesterLabel);
    pickers->addWidget(m_semester);
    pickers->addSpacing(12);
    pickers->addWidget(monthLabel);
    pickers->addWidget(m_month);
    pickers->addSpacing(12);
    m_completion = new QLabel(this);
    m_completion->setObjectName(QStringLiteral("completionLabel"));
    m_completion->setTextFormat(Qt::RichText);
    pickers->addWidget(m_completion, 1);
    layout->addLayout(pickers);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("monthReviewToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    QStyle* style = QApplication::style();
    auto add = [this](const QIcon& icon, const QString& text, const QString& name,
                      void (MonthReviewPage::*slot)()) {
        QAction* a = m_toolBar->addAction(icon, text, this, slot);
        a->setObjectName(name);
        return a;
    };
    m_doneAction = add(style->standardIcon(QStyle::SP_DialogApplyButton), tr("Mark done…"),
                       QStringLiteral("markDoneAction"), &MonthReviewPage::markDone);
    m_postponeAction = add(style->standardIcon(QStyle::SP_ArrowForward), tr("Postpone…"),
                           QStringLiteral("postponeAction"), &MonthReviewPage::postpone);
    m_editAction = add(icon(QStringLiteral("edit")), tr("Edit…"), QStringLiteral("editAction"),
                       &MonthReviewPage::editTask);
    m_toolBar->addSeparator();
    add(icon(QStringLiteral("new")), tr("New semester…"), QStringLiteral("newSemesterAction"),
        &MonthReviewPage::newSemester);
    m_semesterActions << add(style->standardIcon(QStyle::SP_BrowserReload), tr("Generate recurring tasks…"),
                             QStringLiteral("generateRecurringAction"), &MonthReviewPage::generateRecurring);
    m_toolBar->addSeparator();
    m_semesterActions << add(icon(QStringLiteral("print")), tr("Print month…"),
                             QStringLiteral("printMonthAction"), &MonthReviewPage::printMonth);
    m_semesterActions << add(icon(QStringLiteral("print")), tr("Print semester plan…"),
                             QStringLiteral("printSemesterAction"), &MonthReviewPage::printSemester);
    layout->addWidget(m_toolBar);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("taskTreeWidget"));
    m_tree->setHeaderLabels(
        {tr("Task"), tr("Category"), tr("Owner"), tr("Status"), tr("Done on"), tr("Outcome")});
    m_tree->setAlternatingRowColors(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setExpandsOnDoubleClick(false);
    // The task's words matter most: the title takes the room the short columns and the outcome leave.
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int c : {int(CategoryColumn), int(OwnerColumn), int(StatusColumn), int(DoneOnColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutcomeColumn, QHeaderView::Interactive);
    header->resizeSection(OutcomeColumn, 180);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);

    m_chart = new ProgressChart(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("monthReviewSplitter"));
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_empty, 1);
    split->addWidget(left);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({860, 340});
    layout->addWidget(split, 1);

    connect(m_semester, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        fillMonths(m_db.now().date());
        loadMonth();
    });
    connect(m_month, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            loadMonth();
    });
    connect(m_chart, &ProgressChart::monthClicked, this, [this](int index) {
        if (index >= 0 && index < m_month->count())
            m_month->setCurrentIndex(index);
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &MonthReviewPage::updateActions);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(TitleColumn, kTaskIdRole).toLongLong())
            editTask();
    });
    updateActions();
}

void MonthReviewPage::refresh() {
    const bool preferred = !m_preferredSemester.isEmpty();
    const QString keepSemester =
        preferred ? std::exchange(m_preferredSemester, {}) : m_semester->currentData().toString();
    const QDate keepMonth = preferred ? QDate() : currentMonth();
    auto listed = SemesterService(m_db).list();
    if (!listed) {
        showError(this, tr("Could not load the semesters"), listed.error());
        return;
    }
    m_semesters = *listed;
    QString wanted = keepSemester;
    if (wanted.isEmpty() || std::none_of(m_semesters.begin(), m_semesters.end(),
                                         [&](const Semester& s) { return s.name == wanted; })) {
        auto forToday = SemesterService(m_db).forDay(m_db.now().date());
        wanted = forToday && forToday->has_value() ? (*forToday)->name : QString();
    }
    {
        m_loading = true;
        m_semester->clear();
        for (const Semester& s : m_semesters)
            m_semester->addItem(s.current ? tr("%1 (current)").arg(s.name) : s.name, s.name);
        m_semester->setCurrentIndex(qMax(0, m_semester->findData(wanted)));
        m_loading = false;
    }
    fillMonths(m_semester->currentData().toString() == keepSemester && keepMonth.isValid()
                   ? keepMonth
                   : m_db.now().date());
    loadMonth();
}

void MonthReviewPage::fillMonths(QDate wanted) {
    m_loading = true;
    m_month->clear();
    const Semester s = currentSemester();
    for (const QDate& first : s.months())
        m_month->addItem(monthText(first), first);
    int index = 0;
    for (int i = 0; i < m_month->count(); ++i) {
        const QDate d = m_month->itemData(i).toDate();
        if (d.year() == wanted.year() && d.month() == wanted.month())
            index = i;
    }
    m_month->setCurrentIndex(m_month->count() ? index : -1);
    m_loading = false;
}

Semester MonthReviewPage::currentSemester() const {
    const QString name = m_semester->currentData().toString();
    for (const Semester& s : m_semesters)
        if (s.name == name)
            return s;
    return {};
}

QDate MonthReviewPage::currentMonth() const {
    return m_month->currentData().toDate();
}

bool MonthReviewPage::selectSemester(const QString& name) {
    const int i = m_semester->findData(name);
    if (i < 0)
        return false;
    m_semester->setCurrentIndex(i);
    return true;
}

bool MonthReviewPage::selectMonth(int month) {
    for (int i = 0; i < m_month->count(); ++i)
        if (m_month->itemData(i).toDate().month() == month) {
            m_month->setCurrentIndex(i);
            return true;
        }
    return false;
}

void MonthReviewPage::loadMonth() {
    const qint64 keepTask = currentTaskId();
    m_tree->clear();
    const Semester s = currentSemester();
    const QDate month = currentMonth();
    const bool haveSemester = s.isValid();
    for (QAction* a : m_semesterActions)
        a->setEnabled(haveSemester);
    if (!haveSemester) {
        m_empty->setText(
            tr("There is no semester yet. Create one with “New semester…”: its plan can come from "
               "the built-in template."));
        m_tree->setVisible(false);
        m_empty->setVisible(true);
        m_completion->clear();
        m_chart->setProgress({}, -1);
        updateActions();
        return;
    }
    PlanService service(m_db);
    auto tasks = service.tasksOfMonth(s.name, month.month());
    auto progress = service.progress(s.name);
    if (!tasks || !progress) {
        showError(this, tr("Could not load the plan"), !tasks ? tasks.error() : progress.error());
        return;
    }

    const SemesterCalendar calendar = s.calendar();
    const QDate today = m_db.now().date();
    QFont bold = m_tree->font();
    bold.setBold(true);
    QTreeWidgetItem* weekItem = nullptr;
    int week = -1;
    QTreeWidgetItem* keep = nullptr;
    for (const Record& t : *tasks) {
        const int w = qMax(0, int(t.value(tf::kWeek).toLongLong()));
        if (!weekItem || w != week) {
            week = w;
            weekItem = new QTreeWidgetItem(m_tree);
            weekItem->setText(TitleColumn, weekSpanText(calendar, w));
            weekItem->setFont(TitleColumn, bold);
            weekItem->setFirstColumnSpanned(true);
            weekItem->setFlags(Qt::ItemIsEnabled);
        }
        auto* item = new QTreeWidgetItem(weekItem);
        item->setData(TitleColumn, kTaskIdRole, t.id);
        item->setText(TitleColumn, t.value(tf::kTitle).toString());
        item->setToolTip(TitleColumn, t.value(tf::kTitle).toString());
        item->setText(CategoryColumn, taskText(t, tf::kCategory));
        item->setText(OwnerColumn, t.value(tf::kOwner).toString());
        item->setText(DoneOnColumn, taskText(t, tf::kDoneOn));
        const QString outcome = t.value(tf::kOutcome).toString().trimmed();
        item->setText(OutcomeColumn, outcome.section(QLatin1Char('\n'), 0, 0));
        item->setToolTip(OutcomeColumn, outcome);
        const QString timing = houqin::plan::timingOf(t, today);
        QString status = taskText(t, tf::kStatus);
        if (timing == houqin::plan::tasktiming::kOverdue) {
            status = tr("%1 · overdue").arg(status);
            for (int c = 0; c <= OutcomeColumn; ++c) {
                item->setForeground(c, kOverdueText);
                item->setBackground(c, kOverdueBack);
            }
        } else if (timing == houqin::plan::tasktiming::kThisWeek) {
            status = tr("%1 · this week").arg(status);
            for (int c = 0; c <= OutcomeColumn; ++c)
                item->setBackground(c, kThisWeekBack);
        } else if (timing == houqin::plan::tasktiming::kClosed) {
            const bool done = t.value(tf::kStatus).toString() == houqin::plan::taskstatus::kDone;
            item->setForeground(StatusColumn, done ? kDoneText : kClosedText);
        }
        item->setText(StatusColumn, status);
        if (t.id == keepTask)
            keep = item;
    }
    m_tree->expandAll();
    m_tree->setVisible(true);
    m_empty->setVisible(false);
    if (tasks->isEmpty()) {
        m_empty->setText(tr("No plan tasks in %1.").arg(monthText(month)));
        m_tree->setVisible(false);
        m_empty->setVisible(true);
    }
    if (keep)
        m_tree->setCurrentItem(keep);

    int selected = -1;
    houqin::plan::MonthProgress mp;
    for (int i = 0; i < progress->size(); ++i)
        if (progress->at(i).month == month) {
            selected = i;
            mp = progress->at(i);
        }
    const int expected = mp.total - mp.cancelled;
    QString text = tr("<b>%1: %2% done</b> (%3 of %4 tasks)")
                       .arg(monthText(month))
                       .arg(qRound(mp.completionRate() * 100.0))
                       .arg(mp.done)
                       .arg(expected);
    if (mp.overdue > 0)
        text += QStringLiteral(" · <span style='color:#b00020'>%1</span>")
                    .arg(tr("%n overdue", nullptr, mp.overdue).toHtmlEscaped());
    m_completion->setText(text);
    m_chart->setProgress(*progress, selected);
    updateActions();
}

qint64 MonthReviewPage::currentTaskId() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->isSelected() ? item->data(TitleColumn, kTaskIdRole).toLongLong() : 0;
}

bool MonthReviewPage::selectTask(qint64 id) {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* week = m_tree->topLevelItem(i);
        for (int j = 0; j < week->childCount(); ++j)
            if (week->child(j)->data(TitleColumn, kTaskIdRole).toLongLong() == id) {
                m_tree->setCurrentItem(week->child(j));
                return true;
            }
    }
    return false;
}

void MonthReviewPage::updateActions() {
    const bool task = currentTaskId() != 0;
    m_doneAction->setEnabled(task);
    m_postponeAction->setEnabled(task);
    m_editAction->setEnabled(task);
}

void MonthReviewPage::changed(const QString& message) {
    loadMonth();
    Q_EMIT recordsChanged(kPlanTasks);
    Q_EMIT statusMessage(message);
}

void MonthReviewPage::markDone() {
    if (const qint64 id = currentTaskId(); id && markTaskDone(m_db, id, this))
        changed(tr("Task marked done."));
}

void MonthReviewPage::postpone() {
    if (const qint64 id = currentTaskId(); id && postponeTask(m_db, id, this))
        changed(tr("Task postponed."));
}

void MonthReviewPage::editTask() {
    if (const qint64 id = currentTaskId(); id && plan::editTask(m_db, id, this))
        changed(tr("Task saved."));
}

void MonthReviewPage::newSemester() {
    NewSemesterDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.created())
        return;
    m_preferredSemester = dialog.created()->semester.name;
    refresh();
    Q_EMIT recordsChanged(QStringLiteral("semesters"));
    Q_EMIT recordsChanged(kPlanTasks);
    Q_EMIT statusMessage(tr("Created %1 with %n plan task(s).", nullptr, dialog.created()->tasks)
                             .arg(dialog.created()->semester.name));
}

void MonthReviewPage::generateRecurring() {
    const Semester s = currentSemester();
    if (!s.isValid())
        return;
    RecurringDialog dialog(m_db, s.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(tr("Added %n recurring task(s) to %1.", nullptr, dialog.addedCount()).arg(s.name));
}

void MonthReviewPage::printMonth() {
    ReportDialog dialog(m_db, this);
    dialog.setReport(QStringLiteral("plan-monthly"));
    dialog.setPeriodDate(currentMonth());
    dialog.exec();
}

void MonthReviewPage::printSemester() {
    ReportDialog dialog(m_db, this);
    dialog.setReport(QStringLiteral("plan-semester"));
    dialog.setPeriodDate(currentSemester().start);
    dialog.exec();
}

} // namespace houqin::gui::plan
