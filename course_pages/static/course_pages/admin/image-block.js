/* The image block (course_pages.blocks.ImageBlock) in the page editor: choosing an image puts
   the image's description into an empty alternative text, or in place of the text that the
   previously chosen image put there; text the editor wrote is kept. Wagtail's own ImageBlock
   does the same (wagtailimages/js/image-block.js), but that block has no caption.
   Wagtail's "default_alt_text" is the description, or the title when there is none; a title
   (often a file name) is no alternative text, so it is not used. */
(() => {
  function descriptionOf(image) {
    if (!image || !image.default_alt_text || image.default_alt_text === image.title) {
      return '';
    }
    return image.default_alt_text;
  }

  class ImageBlockDefinition extends window.wagtailStreamField.blocks.StructBlockDefinition {
    render(placeholder, prefix, initialState, initialError) {
      const block = super.render(placeholder, prefix, initialState, initialError);
      const altText = document.getElementById(`${prefix}-alt_text`);
      const chooser = block.childBlocks.image.widget;
      let prefilled = descriptionOf(initialState && initialState.image);
      chooser.addEventListener('chosen', ({ detail }) => {
        const description = descriptionOf(detail);
        // The previous image's description does not describe this one: replace it, or empty
        // the field (to be written) when this image has none.
        if (altText.value === '' || altText.value === prefilled) {
          altText.value = description;
          altText.dispatchEvent(new Event('change', { bubbles: true }));
        }
        prefilled = description;
      });
      return block;
    }
  }

  window.telepath.register('course_pages.blocks.ImageBlock', ImageBlockDefinition);
})();
