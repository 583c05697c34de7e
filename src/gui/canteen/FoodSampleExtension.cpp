#include "FoodSampleExtension.h"

#include "CanteenExtensions.h"
#include "DisposeDue.h"
#include "DisposeDueDialog.h"
#include "MenuGrid.h"
#include "domain/ValueFormat.h"
#include "domain/canteen/FoodSamples.h"
#include "gui/ErrorDisplay.h"
#include "gui/FieldEditors.h"
#include "gui/Icons.h"
#include "gui/KindExtensions.h"
#include "gui/RecordForm.h"
#include "gui/RecordListPage.h"
#include "gui/RecordTableModel.h"
#include "storage/Database.h"
#include "storage/canteen/MenuSampleCheck.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QToolBar>

namespace houqin::gui::canteen {

namespace {
const QString kDish = QStringLiteral("dish");
const QString kDate = QStringLiteral("date");
const QString kMeal = QStringLiteral("meal");
const QString kStoredAt = QStringLiteral("stored_at");

// The time a sample was stored moves with its date: a changed date must not leave the time on another day.
void storedAtFollowsTheDate(RecordForm& form) {
    FieldEditor* date = form.editor(kDate);
    FieldEditor* storedAt = form.editor(kStoredAt);
    QObject::connect(date, &FieldEditor::edited, &form, [date, storedAt] {
        const valuefmt::Parsed d = date->value();
        const valuefmt::Parsed at = storedAt->value();
        if (!d.ok() || d.value.isNull() || !at.ok())
            return;
        const QTime time = at.value.isNull() ? QTime(12, 0) : at.value.toDateTime().time();
        if (at.value.isNull() || at.value.toDateTime().date() != d.value.toDate())
            storedAt->setValue(QDateTime(d.value.toDate(), time));
    });
    // Another meal than the one carried over is sampled now, not at the previous meal's time.
    FieldEditor* meal = form.editor(kMeal);
    QObject::connect(meal, &FieldEditor::edited, &form, [&form, date, storedAt] {
        if (!form.isNew())
            return;
        const QDateTime now = form.database().now();
        const valuefmt::Parsed d = date->value();
        const QDate day = d.ok() && !d.value.isNull() ? d.value.toDate() : now.date();
        storedAt->setValue(QDateTime(day, QTime(now.time().hour(), now.time().minute())));
    });
}

void extendForm(RecordForm& form) {
    storedAtFollowsTheDate(form);
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
    // The next dish of the same meal: meal, sampler and fridge temperature carry over, and so do the meal's
    // date and time, even when an earlier day is being filled in; the cursor waits in Dish.
    auto saveAndNext = [&form] {
        const Record meal = form.currentRecord();
        if (!form.save())
            return;
        form.startNext(kDish);
        form.editor(kDate)->setValue(meal.value(kDate));
        form.editor(kStoredAt)->setValue(meal.value(kStoredAt));
    };
    QObject::connect(next, &QPushButton::clicked, &form, saveAndNext);
    for (const QKeySequence& k : {key, QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        QObject::connect(new QShortcut(k, &form), &QShortcut::activated, &form, saveAndNext);
}

// Every dish of every meal is sampled: a meal on the menu without any sample is a gap to explain.
void showMealsWithoutSamples(RecordListPage& page) {
    const QDate today = page.database().now().date();
    auto gaps = houqin::canteen::mealsWithoutSamples(page.database(), today.addDays(-13), today);
    if (!gaps) {
        showError(&page, QCoreApplication::translate("FoodSampleExtension", "Could not check the samples"),
                  gaps.error());
        return;
    }
    const FieldDef& meal = *houqin::canteen::foodSamplesKind().field(QStringLiteral("meal"));
    QStringList lines;
    for (const houqin::canteen::MealWithoutSamples& g : *gaps)
        lines << QCoreApplication::translate("FoodSampleExtension", "%1 %2: %3")
                     .arg(g.date.toString(Qt::ISODate), valuefmt::display(meal, g.meal), g.dishes);
    const QString title = QCoreApplication::translate("FoodSampleExtension", "Meals without samples");
    if (lines.isEmpty())
        QMessageBox::information(
            &page, title,
            QCoreApplication::translate("FoodSampleExtension",
                                        "Every meal on the menus of the last two weeks "
                                        "(%1 to %2) has samples.")
                .arg(today.addDays(-13).toString(Qt::ISODate), today.toString(Qt::ISODate)));
    else
        QMessageBox::warning(&page, title,
                             QCoreApplication::translate("FoodSampleExtension",
                                                         "These meals are on the menu but have no sample:") +
                                 QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
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
    auto* check =
        new QAction(QCoreApplication::translate("FoodSampleExtension", "Check against the menu…"), &page);
    check->setObjectName(QStringLiteral("checkMenuAction"));
    check->setToolTip(QCoreApplication::translate(
        "FoodSampleExtension",
        "Lists the meals of the last two weeks that are on the menu but have no sample"));
    page.toolBar()->addAction(check);
    QObject::connect(check, &QAction::triggered, &page, [&page] { showMealsWithoutSamples(page); });
    QObject::connect(dispose, &QAction::triggered, &page, [&page] {
        // Opens on everything that is due, oldest first: the dashboard's count, not the selected meal.
        DisposeDueDialog dialog(page.database(), QDate(), QString(), &page);
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
