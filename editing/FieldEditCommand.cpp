#include "editing/FieldEditCommand.h"

#include "models/FieldValue.h"
#include "models/ProjectField.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

FieldEditCommand::FieldEditCommand(const QString& key, const QString& label, const QJsonValue& before,
                                   const QJsonValue& after, Apply apply, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("FieldEditCommand", "Edit %1").arg(label), parent)
    , m_key(key)
    , m_before(before)
    , m_after(after)
    , m_apply(std::move(apply))
{}

int FieldEditCommand::id() const
{
    return 0x464445; // all field edits share one id; mergeWith() checks that the field is the same
}

bool FieldEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const FieldEditCommand*>(other);
    if (edit->m_key != m_key)
        return false;
    m_after = edit->m_after;
    const ProjectField* field = ProjectFields::find(m_key);
    setObsolete(field ? FieldValue::equal(field->kind, m_before, m_after) : m_before == m_after);
    return true;
}

void FieldEditCommand::undo()
{
    m_apply(m_key, m_before);
}

void FieldEditCommand::redo()
{
    m_apply(m_key, m_after);
}
