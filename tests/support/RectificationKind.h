#pragma once

// A small kind with the rectification workflow (整改), declared in the tests the way the safety module will
// declare hazards, so the generic workflow machinery is tested before any module uses it.
#include "domain/Workflow.h"

#include <memory>

namespace houqin::test {

inline RecordKind rectificationKind() {
    RecordKind k;
    k.key = QStringLiteral("test-rectifications");
    k.table = QStringLiteral("test_rectifications");
    k.label = "Rectifications";
    k.fields = {
        field::text(QStringLiteral("description"), "Description").req(),
        field::choice(QStringLiteral("state"), "State",
                      {{QStringLiteral("reported"), "To assign", {}},
                       {QStringLiteral("in-progress"), "Being rectified", {}},
                       {QStringLiteral("to-verify"), "To verify", {}},
                       {QStringLiteral("closed"), "Closed", {}}})
            .req()
            .def(QStringLiteral("reported")),
        field::person(QStringLiteral("owner"), "Owner"),
        field::date(QStringLiteral("deadline"), "Deadline"),
        field::person(QStringLiteral("verified_by"), "Verified by"),
    };
    auto wf = std::make_shared<Workflow>();
    wf->stateField = QStringLiteral("state");
    wf->steps = {
        {QStringLiteral("assign"),
         "Assign",
         {QStringLiteral("reported")},
         QStringLiteral("in-progress"),
         {QStringLiteral("owner"), QStringLiteral("deadline")}},
        {QStringLiteral("submit"),
         "Submit for verification",
         {QStringLiteral("in-progress")},
         QStringLiteral("to-verify")},
        {QStringLiteral("send-back"),
         "Send back",
         {QStringLiteral("to-verify")},
         QStringLiteral("in-progress"),
         {},
         true},
        {QStringLiteral("verify"),
         "Verify and close",
         {QStringLiteral("to-verify")},
         QStringLiteral("closed"),
         {},
         false,
         QStringLiteral("verified_by"),
         {QStringLiteral("owner")}},
    };
    k.workflow = wf;
    k.filters = stateFilters(k);
    k.titleField = QStringLiteral("description");
    return k;
}

// The table the kind needs, for storage tests (created in the test database, not by a migration).
inline const char* kRectificationTable =
    "CREATE TABLE test_rectifications (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT NOT "
    "NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, description TEXT NOT NULL, state TEXT NOT "
    "NULL, owner TEXT, deadline TEXT, verified_by TEXT) STRICT";

} // namespace houqin::test
