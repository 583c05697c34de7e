#include "DetailsPane.h"

#include "domain/FieldUnit.h"
#include "domain/ValueFormat.h"
#include "photos/PhotoStrip.h"
#include "storage/Attachments.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/WorkflowService.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QSplitter>
#include <QTextBrowser>

namespace houqin::gui {

namespace {
// The audit trail keeps canonical text; money is in fen there, which parse() would read as yuan.
QVariant fromCanonical(const FieldDef& f, const QString& text) {
    if (f.type == FieldType::Money)
        return text.toLongLong();
    return valuefmt::parse(f, text).value;
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style='color:#555; padding-right:12px; white-space:nowrap'>%1</td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}
} // namespace

DetailsPane::DetailsPane(Database& db, const RecordKind& kind, QWidget* parent)
    : QWidget(parent), m_db(db), m_kind(kind), m_fields(new QTextBrowser(this)),
      m_history(new QTextBrowser(this)) {
    m_fields->setObjectName(QStringLiteral("detailsFieldsBrowser"));
    m_history->setObjectName(QStringLiteral("detailsHistoryBrowser"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_fields);
    if (kind.photos) { // thumbnails between the fields and the history; a click opens one
        m_photos = new PhotoStrip(db, this);
        m_photos->setReadOnly(true);
        m_photos->setThumbnailSize(72);
        split->addWidget(m_photos);
        split->setCollapsible(1, false);
    }
    split->addWidget(m_history);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(split->count() - 1, 1);
    layout->addWidget(split);
    clear();
}

void DetailsPane::clear() {
    m_fields->setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                          .arg(tr("Select a record to see all its fields and its history.").toHtmlEscaped()));
    m_history->clear();
    if (m_photos) {
        m_photos->setPhotos({});
        m_photos->setVisible(false);
    }
}

void DetailsPane::showRecord(const Record& r) {
    if (r.id == 0) {
        clear();
        return;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    for (const FieldDef& f : m_kind.fields) {
        QString v = valuefmt::display(f, r.value(f.key));
        if (!v.isEmpty() && !f.unit.isEmpty())
            v += QLatin1Char(' ') + displayUnit(f);
        html += row(f.displayLabel(), v);
    }
    const QVariantMap derived = deriveValues(m_kind, r, m_db.ruleContext());
    for (const DerivedDef& d : m_kind.derived)
        html += row(d.field.displayLabel(), valuefmt::display(d.field, derived.value(d.field.key)));
    html += row(tr("Entered"),
                tr("%1 by %2").arg(r.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.createdBy));
    if (r.updatedAt.isValid() && r.updatedAt != r.createdAt)
        html +=
            row(tr("Last changed"),
                tr("%1 by %2").arg(r.updatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.updatedBy));
    html += QStringLiteral("</table>");
    m_fields->setHtml(html);
    m_history->setHtml(historyHtml(r.id));
    if (m_photos) {
        const Status loaded = m_photos->load(m_kind.key, r.id);
        m_photos->setVisible(!loaded.ok() || m_photos->count() > 0);
    }
}

QString DetailsPane::historyHtml(qint64 id) const {
    auto trail = AuditLog::forRecord(m_db, m_kind.key, id);
    QString html = QStringLiteral("<b>%1</b>").arg(tr("History").toHtmlEscaped());
    if (!trail)
        return html +
               QStringLiteral("<p style='color:#c0392b'>%1</p>").arg(trail.error().message.toHtmlEscaped());
    html += stepsHtml(id);
    for (const AuditLog::Entry& e : *trail) {
        QString what;
        switch (e.action) {
        case AuditLog::Action::Insert:
            what = tr("entered");
            break;
        case AuditLog::Action::Update:
            what = tr("changed");
            break;
        case AuditLog::Action::Delete:
            what = tr("deleted");
            break;
        }
        html += QStringLiteral("<p style='margin:4px 0 0 0'>%1 · %2 · %3</p>")
                    .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toHtmlEscaped(),
                         e.actor.toHtmlEscaped(), what.toHtmlEscaped());
        if (e.action != AuditLog::Action::Update)
            continue;
        QStringList changes;
        // Photo entries (AttachmentStore) carry a file name instead of field values.
        if (const QString added = e.after.value(AttachmentStore::auditKey()).toString(); !added.isEmpty())
            changes << tr("Photo added: %1").arg(added).toHtmlEscaped();
        if (const QString removed = e.before.value(AttachmentStore::auditKey()).toString();
            !removed.isEmpty())
            changes << tr("Photo removed: %1").arg(removed).toHtmlEscaped();
        for (const FieldDef& f : m_kind.fields) {
            const QString before = e.before.value(f.key).toString(), after = e.after.value(f.key).toString();
            if (before == after)
                continue;
            changes << tr("%1: %2 → %3")
                           .arg(f.displayLabel(), valuefmt::display(f, fromCanonical(f, before)),
                                valuefmt::display(f, fromCanonical(f, after)))
                           .toHtmlEscaped();
        }
        if (!changes.isEmpty())
            html += QStringLiteral("<p style='margin:0 0 0 12px; color:#555'>%1</p>")
                        .arg(changes.join(QStringLiteral("<br>")));
    }
    return html;
}

QString DetailsPane::stepsHtml(qint64 id) const {
    if (!m_kind.workflow)
        return {};
    auto steps = WorkflowService(m_db).history(m_kind, id);
    if (!steps)
        return QStringLiteral("<p style='color:#c0392b'>%1</p>").arg(steps.error().message.toHtmlEscaped());
    const FieldDef* state = m_kind.field(m_kind.workflow->stateField);
    const auto stateText = [state](const QString& key) {
        const ChoiceDef* c = state ? state->choice(key) : nullptr;
        return c ? trLabel(c->label) : key;
    };
    QString html;
    for (const WorkflowService::Entry& e : *steps) {
        const WorkflowStep* step = m_kind.workflow->step(e.step);
        html += QStringLiteral("<p style='margin:4px 0 0 0'>%1 · %2 · <b>%3</b>: %4 → %5</p>")
                    .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toHtmlEscaped(),
                         e.actor.toHtmlEscaped(), (step ? step->displayLabel() : e.step).toHtmlEscaped(),
                         stateText(e.fromState).toHtmlEscaped(), stateText(e.toState).toHtmlEscaped());
        if (!e.note.isEmpty())
            html +=
                QStringLiteral("<p style='margin:0 0 0 12px; color:#555'>%1</p>").arg(e.note.toHtmlEscaped());
    }
    return html;
}

QString DetailsPane::fieldsText() const {
    return m_fields->toPlainText();
}

QString DetailsPane::historyText() const {
    return m_history->toPlainText();
}

} // namespace houqin::gui
