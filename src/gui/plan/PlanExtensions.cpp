#include "PlanExtensions.h"

#include "NationalHolidaysDialog.h"
#include "NewSemesterDialog.h"
#include "TaskActions.h"
#include "domain/plan/CalendarDays.h"
#include "domain/plan/PlanTasks.h"
#include "domain/plan/Semesters.h"
#include "gui/ErrorDisplay.h"
#include "gui/Icons.h"
#include "gui/KindExtensions.h"
#include "gui/RecordListPage.h"
#include "storage/Database.h"
#include "storage/plan/SemesterService.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

namespace houqin::gui::plan {

namespace tf = houqin::plan::taskfield;
namespace sf = houqin::plan::semesterfield;

namespace {

QAction* addAction(RecordListPage& page, const QIcon& icon, const QString& text, const QString& name,
                   bool needsSelection) {
    auto* a = new QAction(icon, text, &page);
    a->setObjectName(name);
    page.toolBar()->addAction(a);
    if (needsSelection) {
        auto update = [&page, a] { a->setEnabled(page.currentRecord().has_value()); };
        QObject::connect(page.tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, a,
                         update);
        QObject::connect(page.tableView()->model(), &QAbstractItemModel::modelReset, a, update);
        update();
    }
    return a;
}

void afterChange(RecordListPage& page, const QString& message) {
    page.reload();
    Q_EMIT page.recordsChanged();
    Q_EMIT page.statusMessage(message);
}

void extendTaskPage(RecordListPage& page) {
    page.toolBar()->addSeparator();
    QStyle* style = QApplication::style();
    QAction* done = addAction(page, style->standardIcon(QStyle::SP_DialogApplyButton),
                              QCoreApplication::translate("PlanExtensions", "Mark done…"),
                              QStringLiteral("markDoneAction"), true);
    QObject::connect(done, &QAction::triggered, &page, [&page] {
        if (const std::optional<Record> r = page.currentRecord();
            r && markTaskDone(page.database(), r->id, &page))
            afterChange(page, QCoreApplication::translate("PlanExtensions", "Marked “%1” done.")
                                  .arg(r->value(tf::kTitle).toString()));
    });
    QAction* later = addAction(page, style->standardIcon(QStyle::SP_ArrowForward),
                               QCoreApplication::translate("PlanExtensions", "Postpone…"),
                               QStringLiteral("postponeAction"), true);
    QObject::connect(later, &QAction::triggered, &page, [&page] {
        if (const std::optional<Record> r = page.currentRecord();
            r && postponeTask(page.database(), r->id, &page))
            afterChange(page, QCoreApplication::translate("PlanExtensions", "Postponed “%1”.")
                                  .arg(r->value(tf::kTitle).toString()));
    });
}

void extendSemesterPage(RecordListPage& page) {
    page.toolBar()->addSeparator();
    QAction* create = addAction(page, icon(QStringLiteral("new")),
                                QCoreApplication::translate("PlanExtensions", "New semester with plan…"),
                                QStringLiteral("newSemesterAction"), false);
    QObject::connect(create, &QAction::triggered, &page, [&page] {
        NewSemesterDialog dialog(page.database(), &page);
        if (dialog.exec() != QDialog::Accepted || !dialog.created())
            return;
        page.reload();
        page.selectRecord(dialog.created()->semester.id);
        Q_EMIT page.recordsChanged();
        const int tasks = dialog.created()->tasks;
        const QString message =
            QCoreApplication::translate("PlanExtensions", "Created %1 with %n plan task(s).", nullptr, tasks);
        Q_EMIT page.statusMessage(message.arg(dialog.created()->semester.name));
    });
    QAction* current = addAction(page, QApplication::style()->standardIcon(QStyle::SP_DialogYesButton),
                                 QCoreApplication::translate("PlanExtensions", "Make current"),
                                 QStringLiteral("makeCurrentAction"), true);
    current->setToolTip(QCoreApplication::translate(
        "PlanExtensions", "The current semester numbers the teaching weeks everywhere in Houqin"));
    QObject::connect(current, &QAction::triggered, &page, [&page] {
        const std::optional<Record> r = page.currentRecord();
        if (!r)
            return;
        const QString name = r->value(sf::kName).toString();
        if (Status s = houqin::plan::SemesterService(page.database()).setCurrent(name, Actor::systemUser());
            !s) {
            showError(&page,
                      QCoreApplication::translate("PlanExtensions", "Could not change the current semester"),
                      s.error());
            return;
        }
        afterChange(
            page, QCoreApplication::translate("PlanExtensions", "%1 is now the current semester.").arg(name));
    });
    // The generic form saves semesters through the repository; when it moved the current semester's start,
    // the settings' copy (which teaching weeks elsewhere count from) follows here.
    QObject::connect(&page, &RecordListPage::recordsChanged, &page, [&page] {
        Database& db = page.database();
        houqin::plan::SemesterService service(db);
        const auto cur = service.current();
        if (cur && cur->has_value() && (*cur)->start != db.settings().semesterStart)
            if (Status s = service.setCurrent((*cur)->name, Actor::systemUser()); !s)
                showError(
                    &page,
                    QCoreApplication::translate("PlanExtensions", "Could not change the current semester"),
                    s.error());
    });
}

void extendCalendarDaysPage(RecordListPage& page) {
    page.toolBar()->addSeparator();
    QAction* offer = addAction(page, icon(QStringLiteral("new")),
                               QCoreApplication::translate("PlanExtensions", "National holidays…"),
                               QStringLiteral("nationalHolidaysAction"), false);
    offer->setToolTip(QCoreApplication::translate(
        "PlanExtensions", "Offers this year's public holidays and make-up working days to tick and add"));
    QObject::connect(offer, &QAction::triggered, &page, [&page] {
        const int added = offerNationalHolidays(page.database(), page.database().now().date().year(), &page);
        if (added > 0)
            afterChange(page, QCoreApplication::translate(
                                  "PlanExtensions", "Added %n day(s) to the calendar.", nullptr, added));
    });
}

} // namespace

void registerGuiExtensions() {
    KindExtension tasks;
    tasks.rowStyles.insert(
        tf::kTiming,
        {
            {houqin::plan::tasktiming::kOverdue, {QColor(0xb0, 0x00, 0x20), QColor(0xfd, 0xe2, 0xe1)}},
            {houqin::plan::tasktiming::kThisWeek, {QColor(0x7a, 0x4f, 0x00), QColor(0xff, 0xf1, 0xc7)}},
            {houqin::plan::tasktiming::kClosed, {QColor(0x88, 0x88, 0x88), QColor()}},
        });
    tasks.extendPage = extendTaskPage;
    registerKindExtension(houqin::plan::planTasksKind().key, std::move(tasks));

    KindExtension semesters;
    semesters.extendPage = extendSemesterPage;
    registerKindExtension(houqin::plan::semestersKind().key, std::move(semesters));

    KindExtension calendarDays;
    calendarDays.extendPage = extendCalendarDaysPage;
    registerKindExtension(houqin::plan::calendarDaysKind().key, std::move(calendarDays));
}

} // namespace houqin::gui::plan
