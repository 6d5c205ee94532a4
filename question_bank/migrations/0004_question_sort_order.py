"""Number the questions saved without a sort_order (the demo's, and their translations') in
the order they were created, so every database lists them in the same order."""

from django.db import migrations


def number_questions(apps, schema_editor):
    Question = apps.get_model("question_bank", "Question")
    unordered = Question.objects.filter(sort_order__isnull=True).values_list("theme_id", flat=True)
    for theme_id in set(unordered):
        questions = Question.objects.filter(theme_id=theme_id).order_by("pk")
        for index, question in enumerate(questions):
            Question.objects.filter(pk=question.pk).update(sort_order=index)


class Migration(migrations.Migration):
    dependencies = [("question_bank", "0003_theme_collection")]

    operations = [migrations.RunPython(number_questions, migrations.RunPython.noop)]
