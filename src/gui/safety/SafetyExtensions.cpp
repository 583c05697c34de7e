#include "SafetyExtensions.h"

#include "domain/KindRegistry.h"
#include "domain/ListText.h"
#include "domain/assets/AssetKinds.h"
#include "domain/safety/Checklists.h"
#include "domain/safety/Hazards.h"
#include "gui/ErrorDisplay.h"
#include "gui/FieldEditors.h"
#include "gui/Icons.h"
#include "gui/KindExtensions.h"
#include "gui/RecordForm.h"
#include "gui/RecordListPage.h"
#include "gui/assets/ProblemLinesDialog.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"
#include "storage/assets/LineRepairs.h"
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

// The message after problems were sent on: the repairs and hazards opened, or that all had been.
QString sentOnMessage(const QList<qint64>& hazards, const QList<qint64>& repairs, int alreadyOpen) {
    auto numbers = [](const QList<qint64>& ids) {
        QStringList out;
        for (qint64 id : ids)
            out << QString::number(id);
        return out.join(QStringLiteral(", "));
    };
    QStringList parts;
    if (!hazards.isEmpty())
        parts << QCoreApplication::translate("SafetyExtensions",
                                             "Registered %n hazard(s): no. %1. Assign them in Hazards and "
                                             "rectification.",
                                             nullptr, int(hazards.size()))
                     .arg(numbers(hazards));
    if (!repairs.isEmpty())
        parts << QCoreApplication::translate(
                     "SafetyExtensions",
                     //: zh_CN "已报修 %n 项：%1 号。请在维修申报单中派工。"
                     "Reported %n repair(s): no. %1. Dispatch them in Repair requests.", nullptr,
                     int(repairs.size()))
                     .arg(numbers(repairs));
    if (parts.isEmpty())
        return QCoreApplication::translate("SafetyExtensions",
                                           //: zh_CN "每个问题都已登记隐患（%n 项）。"
                                           "Every problem has its hazard already (%n item(s)).", nullptr,
                                           alreadyOpen);
    return parts.join(QLatin1Char(' '));
}

// Where a failed line may open a repair as well (a facility check): the person chooses per line, and the
// repairs and hazards are opened in one transaction.
std::optional<QString> sendOnWithChoice(RecordListPage& page, const Record& record) {
    gui::assets::ProblemLinesDialog dialog(page.kind(), record, &page);
    if (dialog.offeredLines().isEmpty())
        //: zh_CN "每个问题都已报修或登记隐患。"
        return QCoreApplication::translate("SafetyExtensions",
                                           "Every problem has been sent to repair or registered already.");
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QList<int> toRepair = dialog.linesChosen(gui::assets::ProblemLinesDialog::Repair);
    const QList<int> toHazard = dialog.linesChosen(gui::assets::ProblemLinesDialog::Hazard);
    Transaction tx(page.database());
    Status s = tx.begin();
    QList<qint64> repairs, hazards;
    if (s && !toRepair.isEmpty()) {
        auto opened = houqin::assets::openRepairsForLines(page.database(), page.kind(), record.id,
                                                          Actor::systemUser(), toRepair);
        s = opened ? Status() : Status(opened.error());
        if (opened)
            repairs = opened->repairIds;
    }
    if (s && !toHazard.isEmpty()) {
        auto opened = houqin::safety::openHazardsForLines(page.database(), page.kind(), record.id,
                                                          Actor::systemUser(), toHazard);
        s = opened ? Status() : Status(opened.error());
        if (opened)
            hazards = opened->hazardIds;
    }
    if (s)
        s = tx.commit();
    if (!s) {
        //: zh_CN "无法报修或登记隐患"
        showError(&page, QCoreApplication::translate("SafetyExtensions", "Could not send the problems on"),
                  s.error());
        return std::nullopt;
    }
    return sentOnMessage(hazards, repairs, 0);
}

void addHazardAction(RecordListPage& page) {
    page.toolBar()->addSeparator();
    const bool repairsToo = houqin::assets::linesOpenRepairs(page.kind());
    auto* a =
        new QAction(icon(QStringLiteral("new")),
                    repairsToo
                        //: zh_CN "问题报修或登记隐患"
                        ? QCoreApplication::translate("SafetyExtensions", "Repair or register problems")
                        //: zh_CN "问题登记隐患"
                        : QCoreApplication::translate("SafetyExtensions", "Register hazards for problems"),
                    &page);
    a->setObjectName(QStringLiteral("openHazardsAction"));
    a->setToolTip(
        repairsToo
            //: zh_CN
            //: "为所选记录中每个尚未处理的不合格项选择报修（维修申报单）或登记隐患（隐患整改台账），并互相关联。"
            ? QCoreApplication::translate(
                  "SafetyExtensions", "For each failed item of the selected record not yet handled, choose "
                                      "a repair request or a hazard in the register, and link the two.")
            //: zh_CN
            //: "为所选记录中每个尚未登记的问题（不合格项、巡查发现的问题）在隐患整改台账中登记一条隐患，并互相关联。"
            : QCoreApplication::translate(
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
    QObject::connect(a, &QAction::triggered, &page, [&page, repairsToo] {
        const std::optional<Record> r = page.currentRecord();
        if (!r)
            return;
        std::optional<QString> message;
        if (repairsToo) {
            auto full = RecordRepository(page.database(), page.kind()).get(r->id); // with its lines
            if (!full) {
                showError(&page,
                          QCoreApplication::translate("SafetyExtensions", "Could not send the problems on"),
                          full.error());
                return;
            }
            message = sendOnWithChoice(page, *full);
        } else {
            auto opened =
                houqin::safety::openHazardsForLines(page.database(), page.kind(), r->id, Actor::systemUser());
            if (!opened) {
                showError(&page,
                          QCoreApplication::translate("SafetyExtensions", "Could not register the hazards"),
                          opened.error());
                return;
            }
            message = sentOnMessage(opened->hazardIds, {}, opened->alreadyOpen);
        }
        if (!message)
            return;
        page.reload();
        page.selectRecord(r->id);
        Q_EMIT page.recordsChanged();
        Q_EMIT page.statusMessage(*message);
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
