#include "DisposeDueDialog.h"

#include "DisposeDue.h"
#include "domain/ValueFormat.h"
#include "domain/canteen/FoodSamples.h"
#include "gui/ErrorDisplay.h"
#include "gui/staff/StaffNames.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace houqin::gui::canteen {

DisposeDueDialog::DisposeDueDialog(Database& db, QDate date, const QString& meal, QWidget* parent)
    : QDialog(parent), m_db(db), m_date(new QDateEdit(date, this)), m_meal(new QComboBox(this)),
      m_by(new QComboBox(this)), m_at(new QDateTimeEdit(this)), m_preview(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Dispose of due samples"));
    const RecordKind& kind = houqin::canteen::foodSamplesKind();

    m_date->setObjectName(QStringLiteral("disposeDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_meal->setObjectName(QStringLiteral("disposeMealComboBox"));
    // First and by default: everything due, of every day and meal, as the dashboard counts it.
    m_meal->addItem(tr("All due samples, oldest first"), QString());
    for (const ChoiceDef& c : kind.field(QStringLiteral("meal"))->choices)
        m_meal->addItem(trLabel(c.label), c.key);
    m_meal->setCurrentIndex(qMax(0, m_meal->findData(meal)));
    if (!date.isValid())
        m_date->setDate(db.now().date());

    m_by->setObjectName(QStringLiteral("disposerComboBox"));
    m_by->setEditable(true);
    m_by->setInsertPolicy(QComboBox::NoInsert);
    const QStringList people = staff::activeStaffNames(db);
    m_by->addItems(people);
    auto* completer = new QCompleter(people, m_by);
    completer->setFilterMode(Qt::MatchContains);
    m_by->setCompleter(completer);
    m_by->setEditText(QString());

    const QDateTime now = db.now();
    m_at->setObjectName(QStringLiteral("disposeTimeEdit"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));

    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 3);

    auto* form = new QFormLayout(this);
    form->addRow(trLabel(kind.field(QStringLiteral("date"))->label), m_date);
    form->addRow(trLabel(kind.field(QStringLiteral("meal"))->label), m_meal);
    form->addRow(trLabel(kind.field(QStringLiteral("disposed_by"))->label), m_by);
    form->addRow(trLabel(kind.field(QStringLiteral("disposed_at"))->label), m_at);
    form->addRow(m_preview);
    QPushButton* ok = m_buttons->addButton(tr("Mark as disposed"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("disposeButton"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DisposeDueDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DisposeDueDialog::reject);

    connect(m_date, &QDateEdit::dateChanged, this, &DisposeDueDialog::updatePreview);
    connect(m_meal, &QComboBox::currentIndexChanged, this, &DisposeDueDialog::updatePreview);
    connect(m_meal, &QComboBox::currentIndexChanged, this, [this] { m_date->setEnabled(!allMeals()); });
    m_date->setEnabled(!allMeals());
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &DisposeDueDialog::updatePreview);
    connect(m_by, &QComboBox::editTextChanged, this, &DisposeDueDialog::updatePreview);
    updatePreview();
    resize(420, sizeHint().height());
}

bool DisposeDueDialog::allMeals() const {
    return m_meal->currentData().toString().isEmpty();
}

void DisposeDueDialog::updatePreview() {
    auto due = dueSamples(m_db, allMeals() ? QDate() : m_date->date(), m_meal->currentData().toString(),
                          m_at->dateTime(), m_by->currentText().trimmed());
    QPushButton* ok = m_buttons->findChild<QPushButton*>(QStringLiteral("disposeButton"));
    if (!due) {
        m_dueCount = 0;
        m_preview->setText(due.error().message);
        ok->setEnabled(false);
        return;
    }
    m_dueCount = int(due->size());
    // Grouped by day and meal, in the order they were stored: "11-26 午餐：青菜、米饭".
    const FieldDef& mealField = *houqin::canteen::foodSamplesKind().field(QStringLiteral("meal"));
    QStringList groups;
    QString group, dishes;
    for (const Record& r : *due) {
        const QString g = r.value(QStringLiteral("date")).toDate().toString(QStringLiteral("MM-dd")) +
                          QLatin1Char(' ') + valuefmt::display(mealField, r.value(QStringLiteral("meal")));
        if (g != group && !group.isEmpty()) {
            groups << tr("%1: %2").arg(group, dishes);
            dishes.clear();
        }
        group = g;
        dishes += (dishes.isEmpty() ? QString() : QStringLiteral("、")) +
                  r.value(QStringLiteral("dish")).toString();
    }
    if (!group.isEmpty())
        groups << tr("%1: %2").arg(group, dishes);
    m_preview->setText(m_dueCount == 0
                           ? (allMeals() ? tr("No sample is due for disposal at that time.")
                                         : tr("No sample of this meal is due for disposal at that time."))
                           : tr("%1 samples will be marked as disposed of:").arg(m_dueCount) +
                                 QLatin1Char('\n') + groups.join(QLatin1Char('\n')));
    ok->setEnabled(m_dueCount > 0 && !m_by->currentText().trimmed().isEmpty());
}

void DisposeDueDialog::accept() {
    const QString by = m_by->currentText().trimmed();
    if (by.isEmpty())
        return;
    auto done =
        disposeDueSamples(m_db, allMeals() ? QDate() : m_date->date(), m_meal->currentData().toString(),
                          m_at->dateTime(), by, Actor::systemUser());
    if (!done) {
        showError(this, tr("Could not mark the samples"), done.error());
        return;
    }
    m_disposed = *done;
    QDialog::accept();
}

} // namespace houqin::gui::canteen
