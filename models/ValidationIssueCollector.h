#pragma once

#include "models/ValidationIssue.h"

#include <limits>

// Collects issues up to a limit and only counts the rest, so that a hostile body (400,000 bad entries)
// cannot make the list, or an answer that lists it, grow with it.
class ValidationIssueCollector
{
public:
    explicit ValidationIssueCollector(qsizetype limit = std::numeric_limits<qsizetype>::max())
        : m_limit(limit)
    {}

    void append(ValidationIssue issue)
    {
        if (m_issues.size() < m_limit)
            m_issues.append(std::move(issue));
        else
            ++m_omitted;
    }
    bool isEmpty() const { return m_issues.isEmpty() && m_omitted == 0; }
    const ValidationIssues& issues() const { return m_issues; }
    qsizetype omitted() const { return m_omitted; } // issues found beyond the limit
    ValidationIssues takeIssues() { return std::exchange(m_issues, {}); }

private:
    qsizetype m_limit;
    ValidationIssues m_issues;
    qsizetype m_omitted = 0;
};
