#include "FoodSampleExtension.h"

#include "CanteenExtensions.h"
#include "DisposeDue.h"
#include "DisposeDueDialog.h"
#include "MenuGrid.h"
#include "domain/canteen/FoodSamples.h"
#include "gui/Icons.h"
#include "gui/KindExtensions.h"
#include "gui/RecordForm.h"
#include "gui/RecordListPage.h"
#include "gui/RecordTableModel.h"

#include <QAction>
#include <QCoreApplication>
#include <QPushButton>
#include <QShortcut>
#include <QToolBar>

namespace houqin::gui::canteen {

namespace {
const QString kDish = QStringLiteral("dish");

void extendForm(RecordForm& form) {
    if (!form.isNew())
        return;
    QPushButton* next =
        form.addButton(QCoreApplication::translate("FoodSampleExtension", "Save and next dish"),
                       QDialogButtonBox::ActionRole);
    next->setObjectName(QStringLiteral("saveAndNextButton"));
    next->setAutoDefault(false);
    const QKeySequence key(Qt::CTRL | Qt::Key_Return);
    next->setToolTip(
        QCoreApplication::translate("FoodSampleExtension",
                                    "Saves this dish and starts the next one of the same meal (%1)")
            .arg(key.toString(QKeySequence::NativeText)));
    // Date, meal, sampler and fridge temperature carry over; the cursor waits in Dish.
    auto saveAndNext = [&form] {
        if (form.save())
            form.startNext(kDish);
    };
    QObject::connect(next, &QPushButton::clicked, &form, saveAndNext);
    for (const QKeySequence& k : {key, QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        QObject::connect(new QShortcut(k, &form), &QShortcut::activated, &form, saveAndNext);
}

void extendPage(RecordListPage& page) {
    auto* dispose =
        new QAction(icon(QStringLiteral("dispose")),
                    QCoreApplication::translate("FoodSampleExtension", "Dispose of due samples…"), &page);
    dispose->setObjectName(QStringLiteral("disposeDueAction"));
    dispose->setToolTip(QCoreApplication::translate(
        "FoodSampleExtension", "Marks every due sample of one meal as disposed of, in one step"));
    page.toolBar()->addSeparator();
    page.toolBar()->addAction(dispose);
    QObject::connect(dispose, &QAction::triggered, &page, [&page] {
        // Start from the selected sample's meal, else from the oldest meal still waiting.
        QPair<QDate, QString> meal = oldestDueMeal(page.database());
        if (const std::optional<Record> r = page.currentRecord())
            meal = {r->value(QStringLiteral("date")).toDate(), r->value(QStringLiteral("meal")).toString()};
        DisposeDueDialog dialog(page.database(), meal.first, meal.second, &page);
        if (dialog.exec() != QDialog::Accepted)
            return;
        page.reload();
        Q_EMIT page.recordsChanged();
        Q_EMIT page.statusMessage(
            QCoreApplication::translate("FoodSampleExtension", "%1 samples marked as disposed of.")
                .arg(dialog.disposedCount()));
    });
}
} // namespace

void registerGuiExtensions() {
    KindExtension ext;
    ext.rowStyles.insert(QStringLiteral("status"),
                         {
                             {houqin::canteen::statusKey(houqin::canteen::SampleStatus::Disposable),
                              {QColor(0x7a, 0x4f, 0x00), QColor(0xff, 0xf1, 0xc7)}},
                             {houqin::canteen::statusKey(houqin::canteen::SampleStatus::Overdue),
                              {QColor(0xb0, 0x00, 0x20), QColor(0xfd, 0xe2, 0xe1)}},
                             {houqin::canteen::statusKey(houqin::canteen::SampleStatus::Disposed),
                              {QColor(0x88, 0x88, 0x88), QColor()}},
                         });
    ext.extendPage = extendPage;
    ext.extendForm = extendForm;
    registerKindExtension(houqin::canteen::foodSamplesKind().key, std::move(ext));
    registerCanteenKindExtensions();
    registerMenuGrid();
}

} // namespace houqin::gui::canteen
