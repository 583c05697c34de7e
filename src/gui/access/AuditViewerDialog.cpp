#include "AuditViewerDialog.h"

#include "domain/KindRegistry.h"
#include "domain/OutputFile.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace houqin::gui {

namespace {
QString pretty(const QJsonObject& o) {
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}
QString csvCell(QString s) {
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}
} // namespace

AuditViewerDialog::AuditViewerDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db) {
    setWindowTitle(tr("Audit trail"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("auditActorLineEdit"));
    m_actor->setPlaceholderText(tr("Person"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("auditKindComboBox"));
    m_kind->addItem(tr("All kinds"), QString());
    m_kind->addItem(tr("Users and sign-ins"), QStringLiteral("users"));
    for (const RecordKind* k : allKinds())
        m_kind->addItem(k->displayLabel(), k->key);
    m_record = new QSpinBox(this);
    m_record->setRange(0, 999999999);
    m_record->setSpecialValueText(tr("Any record"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionComboBox"));
    m_action->addItem(tr("All actions"), QString());
    for (const char* a :
         {"insert", "update", "delete", "login", "login-failed", "locked", "refused", "export"})
        m_action->addItem(QString::fromLatin1(a), QString::fromLatin1(a));
    m_useDates = new QCheckBox(tr("From"), this);
    m_from = new QDateEdit(db.now().date().addMonths(-1), this);
    m_to = new QDateEdit(db.now().date(), this);
    for (QDateEdit* d : {m_from, m_to})
        d->setCalendarPopup(true);
    auto* search = new QPushButton(tr("&Search"), this);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_actor, m_kind, m_record, m_action, m_useDates, m_from})
        filters->addWidget(w);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(search);
    layout->addLayout(filters);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 6, split);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Time"), tr("Person"), tr("Kind"), tr("Record"), tr("Action")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    auto* sides = new QSplitter(Qt::Horizontal, split);
    m_before = new QPlainTextEdit(sides);
    m_after = new QPlainTextEdit(sides);
    for (QPlainTextEdit* e : {m_before, m_after}) {
        e->setReadOnly(true);
        e->setPlaceholderText(e == m_before ? tr("Before") : tr("After"));
    }
    layout->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                                          QStringLiteral("audit.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    layout->addWidget(buttons);
    connect(search, &QPushButton::clicked, this, &AuditViewerDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditViewerDialog::showSelected);
    refresh();
    resize(1100, 640);
}

AuditLog::Filter AuditViewerDialog::filter() const {
    AuditLog::Filter f;
    f.actor = m_actor->text().trimmed();
    f.kind = m_kind->currentData().toString();
    f.recordId = m_record->value();
    f.action = m_action->currentData().toString();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    return f;
}

void AuditViewerDialog::setFilter(const AuditLog::Filter& f) {
    m_actor->setText(f.actor);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(f.kind)));
    m_record->setValue(int(f.recordId));
    m_action->setCurrentIndex(qMax(0, m_action->findData(f.action)));
    m_useDates->setChecked(f.from.isValid());
    if (f.from.isValid())
        m_from->setDate(f.from);
    if (f.to.isValid())
        m_to->setDate(f.to);
    refresh();
}

void AuditViewerDialog::refresh() {
    auto entries = AuditLog::search(m_db, filter());
    m_entries = entries ? *entries : QList<AuditLog::Entry>();
    m_table->setRowCount(0);
    for (const AuditLog::Entry& e : m_entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const RecordKind* k = findKind(e.kind);
        const QStringList cells{QString::number(e.id),
                                e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                e.actor,
                                k                                   ? k->displayLabel()
                                : e.kind == QStringLiteral("users") ? tr("Users and sign-ins")
                                                                    : e.kind,
                                e.recordId > 0 ? QString::number(e.recordId) : QString(),
                                e.actionKey};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    showSelected();
}

void AuditViewerDialog::showSelected() {
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_entries.size();
    m_before->setPlainText(any ? pretty(m_entries.at(row).before) : QString());
    m_after->setPlainText(any ? pretty(m_entries.at(row).after) : QString());
}

bool AuditViewerDialog::exportTo(const QString& path) {
    QStringList lines{QStringLiteral("id,at,actor,kind,record_id,action,before,after")};
    for (const AuditLog::Entry& e : m_entries) {
        const auto compact = [](const QJsonObject& o) {
            return o.isEmpty() ? QString()
                               : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        };
        lines << QStringList{QString::number(e.id),
                             e.at.toString(Qt::ISODate),
                             csvCell(e.actor),
                             e.kind,
                             QString::number(e.recordId),
                             e.actionKey,
                             csvCell(compact(e.before)),
                             csvCell(compact(e.after))}
                     .join(QLatin1Char(','));
    }
    const QByteArray data = QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    if (Status s = OutputFile::writeAll(path, data); !s) {
        QMessageBox::warning(this, tr("Export the audit trail"), s.error().message);
        return false;
    }
    return true;
}

} // namespace houqin::gui
