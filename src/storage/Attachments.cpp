#include "Attachments.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "Transaction.h"
#include "domain/KindRegistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace houqin {

namespace {

const QString kField = QStringLiteral("photos");

Error usage(const QString& what) {
    return Error::make(Error::Code::Usage, what, QStringLiteral("AttachmentStore"));
}

QString mb(qint64 bytes) {
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QString AttachmentStore::auditKey() {
    return QStringLiteral("photo");
}

Issues AttachmentStore::validate(const QList<PendingPhoto>& photos) {
    Issues out;
    if (photos.size() > kMaxPhotosPerRecord)
        out << Issue::error(
            kField, QCoreApplication::translate("Attachments",
                                                "A record can have at most %1 photos; this one has %2. "
                                                "Remove some before saving.")
                        .arg(kMaxPhotosPerRecord)
                        .arg(photos.size()));
    QSet<qint64> kept;
    for (const PendingPhoto& p : photos) {
        if (p.id != 0) {
            if (kept.contains(p.id))
                out << Issue::error(
                    kField, QCoreApplication::translate("Attachments", "The photo %1 is listed twice.")
                                .arg(p.fileName));
            kept.insert(p.id);
            continue;
        }
        const QString name = p.fileName.trimmed();
        if (name.isEmpty()) {
            out << Issue::error(kField,
                                QCoreApplication::translate("Attachments", "A photo has no file name."));
            continue;
        }
        if (p.mimeType != QStringLiteral("image/jpeg") && p.mimeType != QStringLiteral("image/png"))
            out << Issue::error(kField, QCoreApplication::translate(
                                            "Attachments", "%1 is not stored as JPEG or PNG (it is \"%2\").")
                                            .arg(name, p.mimeType));
        if (p.width < 1 || p.height < 1 || p.width > kMaxSide || p.height > kMaxSide)
            out << Issue::error(kField, QCoreApplication::translate(
                                            "Attachments",
                                            "%1 is %2 × %3 pixels; a stored photo must be 1 to %4 pixels "
                                            "on each side.")
                                            .arg(name)
                                            .arg(p.width)
                                            .arg(p.height)
                                            .arg(kMaxSide));
        if (p.image.isEmpty() || p.thumbnail.isEmpty())
            out << Issue::error(
                kField, QCoreApplication::translate("Attachments", "%1 has no image data.").arg(name));
        else if (p.image.size() > kMaxImageBytes)
            out << Issue::error(kField, QCoreApplication::translate(
                                            "Attachments", "%1 is %2 MB after scaling; at most %3 MB can be "
                                                           "stored.")
                                            .arg(name, mb(p.image.size()), mb(kMaxImageBytes)));
    }
    return out;
}

Result<AttachmentStore::Owner> AttachmentStore::checkRecord(const QString& kindKey, qint64 recordId) const {
    // A record of a kind with photos, or a line of one whose lines have photos (a checklist item); a
    // line's photos are audited under its record, whose history is the one people read.
    const RecordKind* kind = findKind(kindKey);
    const RecordKind* owner = kind ? nullptr : findLinesOwner(kindKey);
    if (!kind && !owner)
        return usage(QStringLiteral("photos of an unknown kind: ") + kindKey);
    if (!(kind ? kind->photos : owner->lines->photos))
        return usage(QStringLiteral("kind %1 has no photos").arg(kindKey));
    // Table and column names come from the declaration, never from input.
    Query q(m_db, kind ? QStringLiteral("SELECT id FROM %1 WHERE id = :id").arg(kind->table)
                       : QStringLiteral("SELECT %1 FROM %2 WHERE id = :id")
                             .arg(owner->linesParentColumn, owner->lines->table));
    q.bind(QStringLiteral(":id"), recordId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("Attachments", "The record the photos belong to no longer exists."),
            QStringLiteral("AttachmentStore::replace"));
    return Owner{kind ? kindKey : owner->key, q.value(0).toLongLong()};
}

Result<QList<Attachment>> AttachmentStore::list(const QString& kindKey, qint64 recordId) const {
    Query q(m_db,
            QStringLiteral("SELECT id, position, file_name, mime_type, width, height, thumbnail, caption, "
                           "created_at, created_by FROM attachments "
                           "WHERE kind = :kind AND record_id = :id ORDER BY position, id"));
    q.bind(QStringLiteral(":kind"), kindKey).bind(QStringLiteral(":id"), recordId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Attachment> out;
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toLongLong();
        a.position = q.value(1).toInt();
        a.fileName = q.value(2).toString();
        a.mimeType = q.value(3).toString();
        a.width = q.value(4).toInt();
        a.height = q.value(5).toInt();
        a.thumbnail = q.value(6).toByteArray();
        a.caption = q.value(7).toString();
        a.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        a.createdBy = q.value(9).toString();
        out << a;
    }
    if (Status s = q.finish(); !s)
        return s.error();
    return out;
}

Result<QByteArray> AttachmentStore::image(qint64 attachmentId) const {
    Query q(m_db, QStringLiteral("SELECT image FROM attachments WHERE id = :id"));
    q.bind(QStringLiteral(":id"), attachmentId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status s = q.finish(); !s)
            return s.error();
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("Attachments", "This photo no longer exists."),
                           QStringLiteral("AttachmentStore::image"));
    }
    return q.value(0).toByteArray();
}

Result<qint64> AttachmentStore::count(const QString& kindKey, qint64 recordId) const {
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM attachments WHERE kind = :kind AND record_id = :id"));
    q.bind(QStringLiteral(":kind"), kindKey).bind(QStringLiteral(":id"), recordId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status s = q.finish(); !s)
            return s.error();
        return qint64(0);
    }
    return q.value(0).toLongLong();
}

Status AttachmentStore::replace(const QString& kindKey, qint64 recordId, const QList<PendingPhoto>& photos,
                                const Actor& who) {
    if (Issues issues = validate(photos); hasErrors(issues))
        return Error::validation(issues);
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto owner = checkRecord(kindKey, recordId);
    if (!owner)
        return owner.error();
    auto stored = list(kindKey, recordId);
    if (!stored)
        return stored.error();
    QHash<qint64, QString> storedNames;
    for (const Attachment& a : *stored)
        storedNames.insert(a.id, a.fileName);
    QSet<qint64> keep;
    for (const PendingPhoto& p : photos)
        if (p.id != 0) {
            if (!storedNames.contains(p.id))
                return usage(
                    QStringLiteral("photo %1 is not a photo of %2 %3").arg(p.id).arg(kindKey).arg(recordId));
            keep.insert(p.id);
        }

    const auto audit = [&](const QString& name, bool added) {
        const QJsonObject o{{auditKey(), name}};
        return AuditLog::write(m_db, who, owner->kindKey, owner->recordId, AuditLog::Action::Update,
                               added ? QJsonObject() : o, added ? o : QJsonObject());
    };
    for (const Attachment& a : *stored) {
        if (keep.contains(a.id))
            continue;
        Query del(m_db, QStringLiteral("DELETE FROM attachments WHERE id = :id"));
        del.bind(QStringLiteral(":id"), a.id);
        if (Status s = del.exec(); !s)
            return s;
        if (Status s = audit(a.fileName, false); !s)
            return s;
    }
    const QString now = m_db.now().toString(Qt::ISODate);
    for (qsizetype pos = 0; pos < photos.size(); ++pos) {
        const PendingPhoto& p = photos[pos];
        const QVariant caption = p.caption.trimmed().isEmpty() ? QVariant() : QVariant(p.caption.trimmed());
        if (p.id != 0) {
            Query upd(m_db, QStringLiteral("UPDATE attachments SET position = :pos, caption = :caption "
                                           "WHERE id = :id"));
            upd.bind(QStringLiteral(":pos"), int(pos))
                .bind(QStringLiteral(":caption"), caption)
                .bind(QStringLiteral(":id"), p.id);
            if (Status s = upd.exec(); !s)
                return s;
            continue;
        }
        Query ins(m_db,
                  QStringLiteral("INSERT INTO attachments(created_at, created_by, kind, record_id, position, "
                                 "file_name, mime_type, width, height, image, thumbnail, caption) "
                                 "VALUES(:at, :by, :kind, :record, :pos, :name, :mime, :w, :h, :image, "
                                 ":thumb, :caption)"));
        ins.bind(QStringLiteral(":at"), now)
            .bind(QStringLiteral(":by"), who.name)
            .bind(QStringLiteral(":kind"), kindKey)
            .bind(QStringLiteral(":record"), recordId)
            .bind(QStringLiteral(":pos"), int(pos))
            .bind(QStringLiteral(":name"), p.fileName.trimmed())
            .bind(QStringLiteral(":mime"), p.mimeType)
            .bind(QStringLiteral(":w"), p.width)
            .bind(QStringLiteral(":h"), p.height)
            .bind(QStringLiteral(":image"), p.image)
            .bind(QStringLiteral(":thumb"), p.thumbnail)
            .bind(QStringLiteral(":caption"), caption);
        if (Status s = ins.exec(); !s)
            return s;
        if (Status s = audit(p.fileName.trimmed(), true); !s)
            return s;
    }
    return tx.commit();
}

Result<QHash<qint64, int>> AttachmentStore::counts(const QString& kindKey, const QList<qint64>& ids) const {
    QHash<qint64, int> out;
    constexpr qsizetype kChunk = 500; // well under SQLite's limit of bound parameters
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QStringList params;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            params << QStringLiteral(":i%1").arg(i);
        Query q(m_db, QStringLiteral("SELECT record_id, COUNT(*) FROM attachments WHERE kind = :kind AND "
                                     "record_id IN (%1) GROUP BY record_id")
                          .arg(params.join(QStringLiteral(", "))));
        q.bind(QStringLiteral(":kind"), kindKey);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            q.bind(params.at(i), chunk.at(i));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return out;
}

Result<int> AttachmentStore::copy(const QString& fromKind, qint64 fromId, const QString& toKind, qint64 toId,
                                  const Actor& who) {
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (auto from = checkRecord(fromKind, fromId); !from)
        return from.error();
    auto owner = checkRecord(toKind, toId);
    if (!owner)
        return owner.error();
    auto have = list(toKind, toId);
    if (!have)
        return have.error();
    auto photos = list(fromKind, fromId);
    if (!photos)
        return photos.error();
    // Up to the per-record limit, after the photos the record has.
    const int room = qMax(0, kMaxPhotosPerRecord - int(have->size()));
    const QString now = m_db.now().toString(Qt::ISODate);
    int copied = 0;
    for (const Attachment& a : std::as_const(*photos)) {
        if (copied == room)
            break;
        Query ins(m_db,
                  QStringLiteral("INSERT INTO attachments(created_at, created_by, kind, record_id, "
                                 "position, file_name, mime_type, width, height, image, thumbnail, "
                                 "caption) SELECT :at, :by, :kind, :record, :pos, file_name, mime_type, "
                                 "width, height, image, thumbnail, caption FROM attachments "
                                 "WHERE id = :id"));
        ins.bind(QStringLiteral(":at"), now)
            .bind(QStringLiteral(":by"), who.name)
            .bind(QStringLiteral(":kind"), toKind)
            .bind(QStringLiteral(":record"), toId)
            .bind(QStringLiteral(":pos"), int(have->size()) + copied)
            .bind(QStringLiteral(":id"), a.id);
        if (Status s = ins.exec(); !s)
            return s.error();
        const QJsonObject o{{auditKey(), a.fileName}};
        if (Status s = AuditLog::write(m_db, who, owner->kindKey, owner->recordId, AuditLog::Action::Update,
                                       QJsonObject(), o);
            !s)
            return s.error();
        ++copied;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return copied;
}

} // namespace houqin
