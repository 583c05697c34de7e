#pragma once

#include "domain/RecordKind.h"

#include <QWidget>

class QTextBrowser;

namespace houqin {
class Database;
}

namespace houqin::gui {

class PhotoStrip;

// Under a list: every field of the selected record, derived values included, and its audit history.
class DetailsPane : public QWidget {
    Q_OBJECT
public:
    DetailsPane(Database& db, const RecordKind& kind, QWidget* parent = nullptr);
    // id 0 (or nothing selected) clears the pane.
    void showRecord(const Record& record);
    void clear();
    QString fieldsText() const;
    QString historyText() const;
    // The selected record's photos when the kind has photos (hidden while it has none); else null.
    PhotoStrip* photoStrip() const { return m_photos; }

private:
    QString historyHtml(qint64 id) const;
    // The workflow steps taken on the record, for a kind with a workflow.
    QString stepsHtml(qint64 id) const;

    Database& m_db;
    const RecordKind& m_kind;
    QTextBrowser* m_fields;
    QTextBrowser* m_history;
    PhotoStrip* m_photos = nullptr;
};

} // namespace houqin::gui
