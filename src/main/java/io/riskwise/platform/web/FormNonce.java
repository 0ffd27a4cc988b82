package io.riskwise.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * Writes the page's Content-Security-Policy nonce into every form, so that a form posted by a
 * browser that runs no script still carries it. PrimeFaces refuses a postback without the nonce of
 * its page (a "CSP nonce mismatch"), and only its own script would otherwise add the field: a
 * refused sign-in without JavaScript would end on the error page instead of showing its message.
 * Registered in faces-config.xml for every form as it is added to a page.
 */
public class FormNonce implements SystemEventListener {
  static final String FIELD = "primefaces.nonce";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIForm;
  }

  @Override
  public void processEvent(SystemEvent event) {
    UIForm form = (UIForm) event.getSource();
    for (UIComponent child : form.getChildren()) {
      if (child instanceof Field) {
        return;
      }
    }
    Field field = new Field();
    // Named after its form: unique in the page even where forms do not prefix their children.
    field.setId(form.getId() + "_cspNonce");
    form.getChildren().add(field);
  }

  /** {@code <input type="hidden" name="primefaces.nonce" value="...">}. */
  public static class Field extends UIComponentBase {
    @Override
    public String getFamily() {
      return "io.riskwise.FormNonce";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
      ResponseWriter writer = context.getResponseWriter();
      writer.startElement("input", this);
      writer.writeAttribute("type", "hidden", null);
      writer.writeAttribute("name", FIELD, null);
      writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
      writer.endElement("input");
    }
  }
}
