#include "DashboardPage.h"

#include "domain/plan/PlanTasks.h"
#include "domain/plan/Recurring.h"
#include "gui/access/Permissions.h"
#include "gui/plan/PlanText.h"
#include "gui/plan/TaskActions.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/plan/PlanService.h"
#include "storage/plan/SemesterService.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace houqin::gui::dashboard {

namespace tf = houqin::plan::taskfield;
using Severity = AttentionItem::Severity;

namespace {
const QColor kOverdueText(0xb0, 0x00, 0x20);
const QColor kDoneText(0x2e, 0x7d, 0x32);
const QString kPlanTasks = QStringLiteral("plan-tasks");

QColor severityColour(Severity s) {
    switch (s) {
    case Severity::Critical:
        return {0xc0, 0x39, 0x2b};
    case Severity::Warning:
        return {0xb3, 0x59, 0x00};
    case Severity::Info:
        break;
    }
    return {0x2c, 0x6f, 0xbb};
}

QIcon severityIcon(Severity s) {
    QStyle* style = QApplication::style();
    switch (s) {
    case Severity::Critical:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString severityText(Severity s) {
    switch (s) {
    case Severity::Critical:
        return QCoreApplication::translate("DashboardPage", "Urgent");
    case Severity::Warning:
        return QCoreApplication::translate("DashboardPage", "Warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("DashboardPage", "Note");
}

QTreeWidget* makeTree(QWidget* parent, const QString& name) {
    auto* t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setWordWrap(false);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setExpandsOnDoubleClick(false);
    t->setIconSize(QSize(18, 18));
    return t;
}

QLabel* noteLabel(QWidget* parent, const QString& name) {
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #666;"));
    return l;
}
} // namespace

ModuleView* createDashboard(Database& db, QWidget* parent) {
    return new DashboardPage(db, parent);
}

DashboardPage::DashboardPage(Database& db, QWidget* parent) : ModuleView(parent), m_db(db) {
    setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);

    // Header: the day, the week, the semester.
    auto* header = new QHBoxLayout;
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("dateLabel"));
    QFont big = m_date->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_date->setFont(big);
    m_semester = new QLabel(this);
    m_semester->setObjectName(QStringLiteral("semesterLabel"));
    QFont medium = m_semester->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.2);
    m_semester->setFont(medium);
    header->addWidget(m_date);
    header->addSpacing(24);
    header->addWidget(m_semester, 1);
    auto* refreshButton =
        new QPushButton(QApplication::style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    header->addWidget(refreshButton);
    layout->addLayout(header);

    auto* columns = new QHBoxLayout;
    // Left: this week's work.
    auto* weekBox = new QGroupBox(tr("This week's work plan"), this);
    auto* weekLayout = new QVBoxLayout(weekBox);
    m_tasks = makeTree(weekBox, QStringLiteral("taskTreeWidget"));
    m_tasks->setHeaderLabels({tr("Week"), tr("Task"), tr("Owner"), tr("Status")});
    m_tasks->header()->setStretchLastSection(false);
    m_tasks->header()->setSectionResizeMode(WeekColumn, QHeaderView::ResizeToContents);
    m_tasks->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tasks->header()->setSectionResizeMode(OwnerColumn, QHeaderView::ResizeToContents);
    m_tasks->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    weekLayout->addWidget(m_tasks, 1);
    m_tasksNote = noteLabel(weekBox, QStringLiteral("tasksNoteLabel"));
    weekLayout->addWidget(m_tasksNote);
    auto* taskButtons = new QHBoxLayout;
    m_doneButton = new QPushButton(QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton),
                                   tr("Mark done…"), weekBox);
    m_doneButton->setObjectName(QStringLiteral("markDoneButton"));
    m_openButton = new QPushButton(tr("Show in the plan"), weekBox);
    m_openButton->setObjectName(QStringLiteral("openTaskButton"));
    taskButtons->addWidget(m_doneButton);
    taskButtons->addWidget(m_openButton);
    taskButtons->addStretch(1);
    weekLayout->addLayout(taskButtons);
    columns->addWidget(weekBox, 3);

    // Right: attention items, then what is coming.
    auto* right = new QVBoxLayout;
    auto* attentionBox = new QGroupBox(tr("Needs attention"), this);
    auto* attentionLayout = new QVBoxLayout(attentionBox);
    m_attention = makeTree(attentionBox, QStringLiteral("attentionTreeWidget"));
    m_attention->setHeaderHidden(true);
    m_attention->setColumnCount(2);
    m_attention->header()->setStretchLastSection(false);
    m_attention->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attention->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attention->setCursor(Qt::PointingHandCursor);
    m_attention->setToolTip(tr("Click an item to open its list"));
    attentionLayout->addWidget(m_attention, 1);
    m_allClear = noteLabel(attentionBox, QStringLiteral("allClearLabel"));
    attentionLayout->addWidget(m_allClear);
    right->addWidget(attentionBox, 3);

    auto* upcomingBox = new QGroupBox(tr("Coming up"), this);
    auto* upcomingLayout = new QVBoxLayout(upcomingBox);
    m_upcoming = new QLabel(upcomingBox);
    m_upcoming->setObjectName(QStringLiteral("upcomingLabel"));
    m_upcoming->setWordWrap(true);
    m_upcoming->setTextFormat(Qt::RichText);
    m_upcoming->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    upcomingLayout->addWidget(m_upcoming);
    right->addWidget(upcomingBox, 2);
    columns->addLayout(right, 2);
    layout->addLayout(columns, 1);

    connect(m_attention, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { openAttentionItem(item->data(0, kItemKeyRole).toString()); });
    connect(m_attention, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openAttentionItem(item->data(0, kItemKeyRole).toString()); });
    connect(m_tasks, &QTreeWidget::itemActivated, this, &DashboardPage::openCurrentTask);
    connect(m_doneButton, &QPushButton::clicked, this, &DashboardPage::markCurrentDone);
    connect(m_openButton, &QPushButton::clicked, this, &DashboardPage::openCurrentTask);
    auto updateButtons = [this] {
        m_doneButton->setEnabled(currentTaskId() != 0);
        m_openButton->setEnabled(currentTaskId() != 0);
    };
    connect(m_tasks, &QTreeWidget::itemSelectionChanged, this, updateButtons);
    updateButtons();
}

void DashboardPage::refresh() {
    refreshHeader();
    // The plan is the office's: a guard or a teacher signed in sees what needs their attention only.
    const bool plan = may(m_db, houqin::plan::planTasksKind().key, access::Action::View);
    for (QWidget* box : {m_tasks->parentWidget(), m_upcoming->parentWidget()})
        if (box && box != this)
            box->setVisible(plan);
    if (plan) {
        refreshTasks();
        refreshUpcoming();
    }
    refreshAttention();
}

void DashboardPage::refreshHeader() {
    const QDate today = m_db.now().date();
    m_date->setText(QLocale().toString(today, QLocale::LongFormat));
    const auto current = houqin::plan::SemesterService(m_db).current();
    if (!current || !current->has_value()) {
        m_semester->setText(tr("No current semester: create one under Work plan → Month review."));
        return;
    }
    const houqin::plan::Semester& s = **current;
    const SemesterCalendar calendar = s.calendar();
    const QString week =
        calendar.isAfterTerm(today) ? tr("after term") : SemesterCalendar::weekLabel(calendar.weekOf(today));
    m_semester->setText(tr("%1 · %2").arg(s.name, week));
}

void DashboardPage::refreshTasks() {
    const qint64 keep = currentTaskId();
    m_tasks->clear();
    houqin::plan::PlanService service(m_db);
    auto thisWeek = service.thisWeek();
    // The oldest overdue tasks, a screenful; the count says how many there are in all.
    RecordRepository repo(m_db, houqin::plan::planTasksKind());
    ListQuery overdueQuery;
    overdueQuery.filter = QStringLiteral("overdue");
    overdueQuery.sortField = tf::kDueDate;
    overdueQuery.sortDescending = false;
    overdueQuery.limit = kOverdueShown;
    auto overdue = repo.list(overdueQuery);
    overdueQuery.limit = -1;
    auto overdueCount = repo.count(overdueQuery);
    if (!thisWeek || !overdue || !overdueCount) {
        const Error& e = !thisWeek ? thisWeek.error() : !overdue ? overdue.error() : overdueCount.error();
        m_tasksNote->setText(tr("Could not load the plan: %1").arg(e.message));
        return;
    }
    const QDate today = m_db.now().date();
    QTreeWidgetItem* keepItem = nullptr;
    auto add = [&](const Record& t, bool late) {
        auto* item = new QTreeWidgetItem(m_tasks);
        item->setData(WeekColumn, kTaskIdRole, t.id);
        item->setData(WeekColumn, kFilterRole,
                      late ? QStringLiteral("overdue") : QStringLiteral("this-week"));
        item->setText(WeekColumn, SemesterCalendar::weekLabel(int(t.value(tf::kWeek).toLongLong())));
        item->setText(TitleColumn, t.value(tf::kTitle).toString());
        item->setToolTip(TitleColumn, QStringLiteral("%1\n%2").arg(t.value(tf::kTitle).toString(),
                                                                   t.value(tf::kSemester).toString()));
        item->setText(OwnerColumn, t.value(tf::kOwner).toString());
        QString status = plan::taskText(t, tf::kStatus);
        if (late) {
            status = tr("%1 · overdue").arg(status);
            for (int c = WeekColumn; c <= StatusColumn; ++c)
                item->setForeground(c, kOverdueText);
        } else if (t.value(tf::kStatus).toString() == houqin::plan::taskstatus::kDone) {
            item->setForeground(StatusColumn, kDoneText);
        }
        item->setText(StatusColumn, status);
        if (t.id == keep)
            keepItem = item;
    };
    for (const Record& t : *thisWeek)
        add(t, houqin::plan::isOverdue(t, today));
    for (const Record& t : *overdue)
        add(t, true);
    if (keepItem)
        m_tasks->setCurrentItem(keepItem);

    QStringList notes;
    if (thisWeek->isEmpty())
        notes << tr("No plan tasks are due this week.");
    if (*overdueCount > overdue->size())
        notes << tr("%n overdue task(s) in all; the oldest %1 are listed.", nullptr, int(*overdueCount))
                     .arg(overdue->size());
    m_tasksNote->setText(notes.join(QLatin1Char(' ')));
    m_tasksNote->setVisible(!notes.isEmpty());
}

void DashboardPage::refreshAttention() {
    m_attention->clear();
    m_raised.clear();
    auto raised = AttentionService(m_db).raised();
    if (!raised) {
        m_allClear->setText(tr("Could not check the attention items: %1").arg(raised.error().message));
        m_allClear->setVisible(true);
        return;
    }
    m_raised = *raised;
    QFont bold = m_attention->font();
    bold.setBold(true);
    for (const AttentionState& state : m_raised) {
        const AttentionItem& item = *state.item;
        auto* row = new QTreeWidgetItem(m_attention);
        row->setData(0, kItemKeyRole, item.key);
        row->setIcon(0, severityIcon(item.severity));
        row->setText(0, state.label);
        row->setToolTip(0, QStringLiteral("%1 — %2").arg(severityText(item.severity), state.label));
        // "No test today" has nothing to count; "3 overdue" has.
        if (item.trigger == AttentionItem::Trigger::WhenAny)
            row->setText(1, QString::number(state.count));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setForeground(1, severityColour(item.severity));
        row->setFont(1, bold);
        if (item.severity == Severity::Critical)
            row->setForeground(0, severityColour(item.severity));
    }
    m_allClear->setText(tr("Nothing needs attention. All checks are up to date."));
    m_allClear->setVisible(m_raised.isEmpty());
}

void DashboardPage::refreshUpcoming() {
    const QDate today = m_db.now().date();
    QStringList parts;
    const QString theme = houqin::plan::safetyTheme(today.month());
    if (!theme.isEmpty())
        parts << tr("<b>Safety education this month:</b> %1").arg(theme.toHtmlEscaped());
    auto next = houqin::plan::PlanService(m_db).upcoming(3, houqin::plan::taskcategory::kSafety);
    if (next && !next->isEmpty()) {
        QStringList lines;
        for (const Record& t : *next) {
            const QDate due = t.value(tf::kDueDate).toDate();
            QString line = tr("%1 (%2, by %3)")
                               .arg(t.value(tf::kTitle).toString().toHtmlEscaped(),
                                    SemesterCalendar::weekLabel(int(t.value(tf::kWeek).toLongLong())),
                                    QLocale().toString(due, QLocale::ShortFormat));
            if (!t.value(tf::kOwner).toString().isEmpty())
                line += QStringLiteral(" · ") + t.value(tf::kOwner).toString().toHtmlEscaped();
            lines << QStringLiteral("<li>%1</li>").arg(line);
        }
        parts << tr("<b>Next safety checks and drills:</b>") +
                     QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(lines.join(QString()));
    } else if (next) {
        parts << tr("No safety tasks are planned from today on.");
    }
    m_upcoming->setText(parts.join(QStringLiteral("<br>")));
}

void DashboardPage::openAttentionItem(const QString& key) {
    if (const AttentionItem* item = findAttentionItem(key))
        Q_EMIT openListRequested(item->kindKey, item->filterKey);
}

qint64 DashboardPage::currentTaskId() const {
    const QTreeWidgetItem* item = m_tasks->currentItem();
    return item && item->isSelected() ? item->data(WeekColumn, kTaskIdRole).toLongLong() : 0;
}

void DashboardPage::markCurrentDone() {
    const qint64 id = currentTaskId();
    if (!id || !plan::markTaskDone(m_db, id, this))
        return;
    refresh();
    Q_EMIT recordsChanged(kPlanTasks);
    Q_EMIT statusMessage(tr("Task marked done."));
}

void DashboardPage::openCurrentTask() {
    // The list filtered as the row was (this week / overdue), so the task is among its first rows.
    if (const qint64 id = currentTaskId())
        Q_EMIT openListRequested(kPlanTasks, m_tasks->currentItem()->data(WeekColumn, kFilterRole).toString(),
                                 id);
}

} // namespace houqin::gui::dashboard
