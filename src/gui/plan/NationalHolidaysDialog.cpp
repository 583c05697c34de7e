#include "NationalHolidaysDialog.h"

#include "domain/Actor.h"
#include "domain/ValueFormat.h"
#include "domain/plan/CalendarDays.h"
#include "gui/ErrorDisplay.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace houqin::gui::plan {

namespace cf = houqin::plan::calendardayfield;

namespace {
QSet<QDate> datesInList(Database& db, int year) {
    QSet<QDate> out;
    Query q(db, QStringLiteral("SELECT date FROM calendar_days WHERE date BETWEEN :from AND :to"));
    q.bind(QStringLiteral(":from"), QDate(year, 1, 1).toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), QDate(year, 12, 31).toString(Qt::ISODate));
    if (q.exec())
        while (q.next())
            out.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return out;
}
} // namespace

NationalHolidaysDialog::NationalHolidaysDialog(Database& db, int year, QWidget* parent)
    : QDialog(parent), m_db(db), m_days(houqin::plan::nationalDays(year)) {
    setWindowTitle(tr("National holidays %1").arg(year));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the days to add to the school calendar. Days already in the list "
                                    "are not added again."),
                                 this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("nationalDays"));
    const QSet<QDate> present = datesInList(db, year);
    for (const houqin::plan::NationalDay& d : m_days) {
        const QString kind = d.kind == cf::kWorkday ? tr("Make-up working day") : tr("Holiday");
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3").arg(d.date.toString(QStringLiteral("yyyy-MM-dd ddd")), kind, d.name),
            m_list);
        if (present.contains(d.date)) {
            item->setText(item->text() + QStringLiteral("  ") + tr("(already in the list)"));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled & ~Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add ticked days"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (addTicked())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 520);
}

bool NationalHolidaysDialog::addTicked() {
    RecordRepository repo(m_db, houqin::plan::calendarDaysKind());
    Transaction tx(m_db);
    Status st = tx.begin();
    int added = 0;
    for (int i = 0; st && i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (!(item->flags() & Qt::ItemIsEnabled) || item->checkState() != Qt::Checked)
            continue;
        const houqin::plan::NationalDay& d = m_days[i];
        Record r = newRecord(repo.kind(), nullptr, m_db.ruleContext());
        r.set(cf::kDate, d.date);
        r.set(cf::kKind, d.kind);
        r.set(cf::kName, d.name);
        auto id = repo.insert(r, Actor::systemUser());
        if (!id)
            st = id.error();
        else
            ++added;
    }
    if (st)
        st = tx.commit();
    if (!st) {
        tx.rollback();
        showError(this, tr("Could not add the national holidays"), st.error());
        return false;
    }
    m_added = added;
    return true;
}

int offerNationalHolidays(Database& db, int year, QWidget* parent) {
    NationalHolidaysDialog dialog(db, year, parent);
    if (dialog.offered().isEmpty()) {
        QMessageBox::information(
            parent, NationalHolidaysDialog::tr("National holidays %1").arg(year),
            NationalHolidaysDialog::tr(
                "The national holiday arrangement for %1 is not in Houqin's table yet (the State Council "
                "publishes it late in the year before). Enter the holidays and make-up working days by hand "
                "with New, or add them to resources/calendar/cn-holidays.tsv.")
                .arg(year));
        return 0;
    }
    return dialog.exec() == QDialog::Accepted ? dialog.added() : 0;
}

} // namespace houqin::gui::plan
