#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace houqin {

class Database;

// A stored photo of a record, without its full image: a form or a details pane lists a record's photos
// often and the full image (up to ~1 MB) is only needed when someone opens it (AttachmentStore::image).
struct Attachment {
    qint64 id = 0;
    int position = 0; // 0-based order within the record
    QString fileName; // the name of the file it came from, for people
    QString mimeType; // image/jpeg or image/png
    int width = 0, height = 0;
    QByteArray thumbnail; // encoded like the image, long side at most AttachmentStore::kThumbnailSide
    QString caption;
    QDateTime createdAt;
    QString createdBy;
};

// A photo as a form holds it before saving. id != 0 names a stored photo to keep (only its caption and
// its place in the list matter then; image may be empty); id == 0 is a new photo whose bytes have already
// been scaled and encoded (gui/photos/PhotoImage does that, since scaling needs QtGui).
struct PendingPhoto {
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    int width = 0, height = 0;
    QByteArray image;
    QByteArray thumbnail;
    QString caption;
};

// The photos of records of every kind that declares photos = true (table attachments, migration 0004), and
// of the lines of a kind whose lines kind declares photos = true (a checklist's items, migration 0008).
// Generic: the kind is named by its key (a registered kind's, or its lines kind's) and must have photos.
class AttachmentStore {
public:
    static constexpr int kMaxSide = 1600;          // pixels, long side of a stored image
    static constexpr int kThumbnailSide = 160;     // pixels, long side of a thumbnail
    static constexpr int kMaxPhotosPerRecord = 12; // enough for a delivery's goods and papers
    // Over this an image was not scaled down as it should have been (a 1600 px JPEG is ~0.5 MB).
    static constexpr qint64 kMaxImageBytes = 8 * 1024 * 1024;
    // The audit entry of an added or removed photo carries the file name under this key: after = added,
    // before = removed.
    static QString auditKey();

    explicit AttachmentStore(Database& db) : m_db(db) {}

    // In order of position; metadata and thumbnails only.
    Result<QList<Attachment>> list(const QString& kindKey, qint64 recordId) const;
    // The full encoded image of one photo.
    Result<QByteArray> image(qint64 attachmentId) const;
    Result<qint64> count(const QString& kindKey, qint64 recordId) const;

    // Makes photos the record's photos, in this order, all or nothing: stored photos listed by id are kept
    // (caption updated), stored ones not listed are deleted, new ones inserted, positions renumbered 0..n-1.
    // Every added and removed photo is audited under the record. Runs in a transaction (a savepoint when
    // the caller has one open, so a form saves a record and its photos together).
    Status replace(const QString& kindKey, qint64 recordId, const QList<PendingPhoto>& photos,
                   const Actor& who);

    // The checks replace() makes before writing anything: the number of photos and each new photo's type,
    // size and bytes. Issues are on field "photos", with translated messages naming the file.
    static Issues validate(const QList<PendingPhoto>& photos);

    // How many photos each of these records (or lines) has; ids without photos are absent.
    Result<QHash<qint64, int>> counts(const QString& kindKey, const QList<qint64>& ids) const;
    // Adds the photos of one record (or line) after those of another, as many as the other has room for
    // (kMaxPhotosPerRecord), audited as added: a hazard opened from a failed checklist item shows what the
    // inspector photographed. Returns how many were copied.
    Result<int> copy(const QString& fromKind, qint64 fromId, const QString& toKind, qint64 toId,
                     const Actor& who);

private:
    // Whose history records a change of these photos: the record itself, or the record a line is part of.
    struct Owner {
        QString kindKey;
        qint64 recordId = 0;
    };
    Result<Owner> checkRecord(const QString& kindKey, qint64 recordId) const;

    Database& m_db;
};

} // namespace houqin
