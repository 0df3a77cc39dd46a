import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AlertComponent, type AlertKind } from './alert';

export interface SectionMessage {
  kind: AlertKind;
  text: string;
}

/**
 * The messages of one section of a page as alerts (errors interrupt, the rest
 * waits its turn): `<isp-section-feedback [messages]="actions.messagesFor('team')" />`.
 */
@Component({
  selector: 'isp-section-feedback',
  imports: [AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (message of messages(); track $index) {
      <isp-alert [kind]="message.kind">{{ message.text }}</isp-alert>
    }
  `,
})
export class SectionFeedbackComponent {
  readonly messages = input.required<readonly SectionMessage[]>();
}
