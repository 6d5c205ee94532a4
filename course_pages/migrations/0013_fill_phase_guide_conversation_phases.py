"""Give the phase guide rows of existing pages (every revision too) the phase code their label
names, in Norwegian or English (``question_bank.phases.phase_from_label``). A row whose label
names no phase, or that already has a code, is left as it is. Reversing leaves the codes: the
previous schema ignores them."""

from django.db import migrations
from wagtail.blocks.migrations.migrate_operation import MigrateStreamData
from wagtail.blocks.migrations.operations import BaseBlockOperation

from question_bank.phases import phase_from_label


class FillConversationPhaseOperation(BaseBlockOperation):
    """Applied to one phase guide row's raw value (a dict of its fields)."""

    def apply(self, block_value):
        if block_value.get("conversation_phase"):
            return block_value
        return {**block_value, "conversation_phase": phase_from_label(block_value.get("phase"))}

    @property
    def operation_name_fragment(self):
        return "fill_conversation_phase"


# The page types whose body offers the phase guide block (BODY_BLOCKS or GUIDE_BLOCKS).
MODELS = ["chimeelementpage", "chimeoverviewpage", "guidepage", "lessonpage", "standardpage"]


class Migration(migrations.Migration):
    dependencies = [
        ("course_pages", "0012_phase_guide_row_conversation_phase"),
    ]

    operations = [
        MigrateStreamData(
            app_name="course_pages",
            model_name=model_name,
            field_name="body",
            operations_and_block_paths=[(FillConversationPhaseOperation(), "phase_guide.rows.item")],
        )
        for model_name in MODELS
    ]
