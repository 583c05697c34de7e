#pragma once

#include "domain/Attention.h"
#include "domain/Result.h"

#include <QList>

namespace houqin {

class Database;

// One attention item as it stands now.
struct AttentionState {
    const AttentionItem* item = nullptr; // points into allAttentionItems()
    qint64 count = 0; // records of item->kindKey matching item->filterKey; campuses raising it (campusField)
    bool raised = false; // item->raisedBy(count)
    QString label;       // item->displayLabel() with the database's settings
};

// Counts every module's attention items (allAttentionItems()) with one COUNT(*) each, through the generic
// repository and the kinds' filters, so the dashboard shows them without knowing any of them.
class AttentionService {
public:
    explicit AttentionService(Database& db);
    // Every item, in allAttentionItems() order.
    Result<QList<AttentionState>> evaluateAll() const;
    // Only the raised ones, most severe first (then in item order).
    Result<QList<AttentionState>> raised() const;
    // One item, on the school calendar of the database (semesters and calendar-days). Error::Code::Usage when
    // its kind or filter is not declared (a programming error that would otherwise count everything or
    // nothing).
    Result<AttentionState> evaluate(const AttentionItem& item) const;

private:
    Result<AttentionState> evaluate(const AttentionItem& item, const SchoolCalendar& calendar) const;
    Database& m_db;
};

} // namespace houqin
