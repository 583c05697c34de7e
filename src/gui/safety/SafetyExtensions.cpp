#include "SafetyExtensions.h"

#include "domain/safety/Checklists.h"
#include "domain/safety/Hazards.h"
#include "gui/ErrorDisplay.h"
#include "gui/Icons.h"
#include "gui/KindExtensions.h"
#include "gui/RecordListPage.h"
#include "storage/safety/ChecklistHazards.h"

#include <QAction>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>

namespace houqin::gui::safety {

namespace {

const QColor kRedText(0xb0, 0x00, 0x20), kRedBack(0xfd, 0xe2, 0xe1);
const QColor kAmberText(0x7a, 0x4f, 0x00), kAmberBack(0xff, 0xf1, 0xc7);
const QColor kGrey(0x88, 0x88, 0x88);

void addHazardAction(RecordListPage& page) {
    page.toolBar()->addSeparator();
    auto* a = new QAction(
        icon(QStringLiteral("new")),
        QCoreApplication::translate("SafetyExtensions", "Register hazards for failed items"), &page);
    a->setObjectName(QStringLiteral("openHazardsAction"));
    a->setToolTip(QCoreApplication::translate(
        "SafetyExtensions",
        "Opens a hazard in the rectification register for each failed item of the selected "
        "record that has none yet, and links the two."));
    page.toolBar()->addAction(a);
    auto update = [&page, a] {
        const std::optional<Record> r = page.currentRecord();
        a->setEnabled(r && !houqin::safety::failedLines(*r).isEmpty());
    };
    QObject::connect(page.tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, a, update);
    QObject::connect(page.tableView()->model(), &QAbstractItemModel::modelReset, a, update);
    update();
    QObject::connect(a, &QAction::triggered, &page, [&page] {
        const std::optional<Record> r = page.currentRecord();
        if (!r)
            return;
        auto opened = houqin::safety::openHazardsForFailedItems(page.database(), page.kind(), r->id,
                                                                Actor::systemUser());
        if (!opened) {
            showError(&page,
                      QCoreApplication::translate("SafetyExtensions", "Could not register the hazards"),
                      opened.error());
            return;
        }
        QStringList numbers;
        for (qint64 id : opened->hazardIds)
            numbers << QString::number(id);
        const QString message =
            opened->hazardIds.isEmpty()
                ? QCoreApplication::translate("SafetyExtensions",
                                              "Every failed item has its hazard already (%n item(s)).",
                                              nullptr, opened->alreadyOpen)
                : QCoreApplication::translate("SafetyExtensions",
                                              "Registered %n hazard(s): no. %1. Assign them in Hazards and "
                                              "rectification.",
                                              nullptr, int(opened->hazardIds.size()))
                      .arg(numbers.join(QStringLiteral(", ")));
        page.reload();
        page.selectRecord(r->id);
        Q_EMIT page.recordsChanged();
        Q_EMIT page.statusMessage(message);
        QMessageBox::information(&page, page.kind().displayLabel(), message);
    });
}

} // namespace

void registerGuiExtensions() {
    namespace hz = houqin::safety::hazard;
    KindExtension hazards;
    hazards.rowStyles.insert(hz::kOverdue, {{QStringLiteral("overdue"), {kRedText, kRedBack}}});
    hazards.rowStyles.insert(hz::kState,
                             {{hz::kToVerify, {kAmberText, kAmberBack}}, {hz::kClosed, {kGrey, QColor()}}});
    registerKindExtension(houqin::safety::hazardsKind().key, std::move(hazards));

    KindExtension visitors;
    visitors.rowStyles.insert(QStringLiteral("admission"),
                              {{QStringLiteral("refused"), {kRedText, kRedBack}}});
    registerKindExtension(QStringLiteral("visitors"), std::move(visitors));

    for (const char* key : {"inspections", "closing-checks", "hygiene-checks"}) {
        KindExtension checked;
        checked.rowStyles.insert(houqin::safety::checklist::kOutcome,
                                 {{QStringLiteral("problems"), {kRedText, kRedBack}}});
        checked.extendPage = addHazardAction;
        registerKindExtension(QLatin1String(key), std::move(checked));
    }
}

} // namespace houqin::gui::safety
