"""The page types, one module per page family; import them from here."""

from .base import BodyPage
from .chime import ChimeElementPage, ChimeOverviewPage
from .courses import CourseFormat, CourseIndexPage, CoursePage, LessonPage
from .guides import GuideIndexPage, GuidePage
from .home import HomePage
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .people import Organisation, Person
from .projects import (
    PartnerKind,
    ProjectIndexPage,
    ProjectMember,
    ProjectPage,
    ProjectPartner,
    ProjectRelatedCourse,
    ProjectStatus,
)

__all__ = [
    "BodyPage",
    "ChimeElementPage",
    "ChimeOverviewPage",
    "CourseFormat",
    "CourseIndexPage",
    "CoursePage",
    "GuideIndexPage",
    "GuidePage",
    "HomePage",
    "LessonPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "Organisation",
    "PartnerKind",
    "Person",
    "ProjectIndexPage",
    "ProjectMember",
    "ProjectPage",
    "ProjectPartner",
    "ProjectRelatedCourse",
    "ProjectStatus",
]
