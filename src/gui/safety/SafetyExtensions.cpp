#include "SafetyExtensions.h"

#include "domain/KindRegistry.h"
#include "domain/ListText.h"
#include "domain/safety/Checklists.h"
#include "domain/safety/Hazards.h"
#include "gui/ErrorDisplay.h"
#include "gui/FieldEditors.h"
#include "gui/Icons.h"
#include "gui/KindExtensions.h"
#include "gui/RecordForm.h"
#include "gui/RecordListPage.h"
#include "storage/Database.h"
#include "storage/safety/LineHazards.h"

#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>

namespace houqin::gui::safety {

namespace {

const QColor kRedText(0xb0, 0x00, 0x20), kRedBack(0xfd, 0xe2, 0xe1);
const QColor kAmberText(0x7a, 0x4f, 0x00), kAmberBack(0xff, 0xf1, 0xc7);
const QColor kGrey(0x88, 0x88, 0x88);

void addHazardAction(RecordListPage& page) {
    page.toolBar()->addSeparator();
    auto* a =
        new QAction(icon(QStringLiteral("new")),
                    //: zh_CN "问题登记隐患"
                    QCoreApplication::translate("SafetyExtensions", "Register hazards for problems"), &page);
    a->setObjectName(QStringLiteral("openHazardsAction"));
    //: zh_CN
    //: "为所选记录中每个尚未登记的问题（不合格项、巡查发现的问题）在隐患整改台账中登记一条隐患，并互相关联。"
    a->setToolTip(QCoreApplication::translate(
        "SafetyExtensions",
        "Opens a hazard in the rectification register for each problem (a failed item, a problem "
        "found on a round) of the selected record that has none yet, and links the two."));
    page.toolBar()->addAction(a);
    auto update = [&page, a] {
        const std::optional<Record> r = page.currentRecord();
        a->setEnabled(r && !houqin::safety::hazardLines(page.kind(), *r).isEmpty());
    };
    QObject::connect(page.tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, a, update);
    QObject::connect(page.tableView()->model(), &QAbstractItemModel::modelReset, a, update);
    update();
    QObject::connect(a, &QAction::triggered, &page, [&page] {
        const std::optional<Record> r = page.currentRecord();
        if (!r)
            return;
        auto opened =
            houqin::safety::openHazardsForLines(page.database(), page.kind(), r->id, Actor::systemUser());
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
                                              //: zh_CN "每个问题都已登记隐患（%n 项）。"
                                              "Every problem has its hazard already (%n item(s)).", nullptr,
                                              opened->alreadyOpen)
                : QCoreApplication::translate("SafetyExtensions",
                                              "Registered %n hazard(s): no. %1. Assign them in Hazards and "
                                              "rectification.",
                                              nullptr, int(opened->hazardIds.size()))
                      .arg(numbers.join(QStringLiteral(", ")));
        page.reload();
        page.selectRecord(r->id);
        Q_EMIT page.recordsChanged();
        Q_EMIT page.statusMessage(message);
    });
}

// The visitor form: one box per check the settings list (健康码, 疫苗接种…), under the "checks done" field;
// the field keeps the ticked checks' names, joined by 、, so lists, CSV and print read them as text.
void addVisitorChecks(RecordForm& form) {
    const QStringList checks = form.database().settings().visitorChecks;
    FieldEditor* editor = form.editor(QStringLiteral("checks"));
    if (checks.isEmpty() || !editor || !editor->parentWidget())
        return;
    auto* layout = qobject_cast<QBoxLayout*>(editor->parentWidget()->layout());
    auto* line = qobject_cast<QLineEdit*>(editor->inputWidget());
    if (!layout || !line)
        return;
    auto* row = new QWidget(editor->parentWidget());
    row->setObjectName(QStringLiteral("visitorChecksRow"));
    auto* boxes = new QHBoxLayout(row);
    boxes->setContentsMargins(0, 0, 0, 0);
    auto ticked = [line] { return splitListText(line->text()); };
    QList<QCheckBox*> all;
    for (const QString& check : checks) {
        auto* box = new QCheckBox(check, row);
        box->setObjectName(QStringLiteral("visitorCheck:") + check);
        box->setChecked(ticked().contains(check));
        boxes->addWidget(box);
        all << box;
    }
    boxes->addStretch(1);
    for (QCheckBox* box : all)
        QObject::connect(box, &QCheckBox::toggled, line, [line, all, ticked, checks] {
            // The boxes in the settings' order, then anything else typed by hand.
            QStringList names;
            for (QCheckBox* b : all)
                if (b->isChecked())
                    names << b->text();
            for (const QString& n : ticked())
                if (!checks.contains(n) && !names.contains(n))
                    names << n;
            line->setText(names.join(QStringLiteral("、")));
            Q_EMIT line->textEdited(line->text());
        });
    layout->insertWidget(layout->indexOf(editor) + 1, row);
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
    visitors.extendForm = addVisitorChecks;
    visitors.rowStyles.insert(QStringLiteral("admission"),
                              {{QStringLiteral("refused"), {kRedText, kRedBack}}});
    registerKindExtension(QStringLiteral("visitors"), std::move(visitors));

    // Every kind whose lines open hazards (the checklists, patrols, whatever module declares it) offers the
    // one action; a checked kind's record with failed items is red.
    for (const RecordKind* kind : allKinds()) {
        if (!houqin::safety::linesOpenHazards(*kind))
            continue;
        KindExtension ext;
        if (kind->derivedField(houqin::safety::checklist::kOutcome))
            ext.rowStyles.insert(houqin::safety::checklist::kOutcome,
                                 {{QStringLiteral("problems"), {kRedText, kRedBack}}});
        ext.extendPage = addHazardAction;
        registerKindExtension(kind->key, std::move(ext));
    }
}

} // namespace houqin::gui::safety
